import Foundation

/// The feed being assembled: what dialects write into while the document streams by.
///
/// It holds at most one open entry and one open person, because neither nests in any dialect.
/// Dialects say whether a field belongs to the feed or the open entry; the builder keeps the
/// bookkeeping (limits, duplicates, problems) in one place.
struct FeedBuilder {
    var feed: ParsedFeed
    /// The entry between its start and end tags, if any.
    var entry: FeedEntry?
    /// Whether an entry is open. A pattern match: `entry != nil` can pick `Optional`'s `==` and copy the entry.
    var hasEntry: Bool {
        if case .some = entry { return true }
        return false
    }

    /// The author or contributor between its start and end tags, if any.
    var person: FeedPerson?
    /// Whether ``person`` is a contributor rather than an author.
    var personIsContributor = false
    /// Whether ``person`` belongs to the open entry rather than the feed.
    var personInEntry = false
    /// The feed-level fields read so far, set aside while an entry's `source` is read into ``feed``.
    private var stashedFeed: ParsedFeed?
    /// Whether an Atom `entry/source` is being read: feed-level fields then belong to the source.
    /// A stored flag: testing ``stashedFeed`` against `nil` copied the whole feed at every element.
    private(set) var inSource = false
    /// The base URL before any `xml:base`: `Content-Location` or the document's URL.
    let documentBase: String?
    /// The language before any `xml:lang`: HTTP `Content-Language`.
    let documentLanguage: String?
    private let limits: FeedParser.Limits
    private var problems: [LocatedProblem] = []
    private var problemCount = 0

    /// Beyond this many, problems are counted but not listed, so a hostile feed cannot fill memory with them.
    static let maxListedProblems = 100

    init(format: FeedFormat, limits: FeedParser.Limits, origin: FeedOrigin = FeedOrigin()) {
        self.feed = ParsedFeed(format: format)
        self.limits = limits
        self.documentBase = origin.baseURL
        self.documentLanguage = origin.contentLanguage?.trimmingWhitespace.nonEmpty
    }

    mutating func beginEntry(line: Int?) throws(FeedParsingError) {
        guard feed.entries.count < limits.maxEntries else {
            throw .tooManyEntries(limit: limits.maxEntries, line: line)
        }
        entry = FeedEntry()
    }

    mutating func endEntry() {
        // take() moves the entry out instead of copying it.
        guard var finished = entry.take() else { return }
        finished.authors = finished.authors.uniqued()
        finished.tags = finished.tags.uniqued()
        // A long feed's entry array is grown four times over rather than doubled: an entry is a
        // large value, and each growth copies every one into new pages. Pages reserved but not
        // yet written cost no memory.
        if feed.entries.count == feed.entries.capacity, feed.entries.count >= 256 {
            feed.entries.reserveCapacity(feed.entries.count * 4)
        }
        feed.entries.append(finished)
    }

    mutating func beginPerson(contributor: Bool, inEntry: Bool) {
        person = FeedPerson()
        personIsContributor = contributor
        personInEntry = inEntry
    }

    mutating func endPerson() {
        guard let finished = person else { return }
        person = nil
        guard finished != FeedPerson() else { return }
        addPerson(finished, contributor: personIsContributor, inEntry: personInEntry)
    }

    mutating func addPerson(_ person: FeedPerson, contributor: Bool, inEntry: Bool) {
        switch (contributor, inEntry && hasEntry && !inSource) {
        case (false, true): entry?.authors.append(person)
        case (true, true): entry?.contributors.append(person)
        case (false, false): feed.authors.append(person)
        case (true, false): feed.contributors.append(person)
        }
    }

    mutating func addTag(_ tag: FeedCategory, inEntry: Bool) {
        if inEntry && hasEntry {
            entry?.tags.append(tag)
        } else if !feed.tags.contains(tag) {
            feed.tags.append(tag)
        }
    }

    /// Starts reading an entry's `source`: feed-level fields go to the source until ``endSource()``.
    mutating func beginSource() {
        guard hasEntry, stashedFeed == nil else { return }
        stashedFeed = feed
        inSource = true
        feed = ParsedFeed(format: feed.format)
    }

    /// Stores the source read since ``beginSource()`` on the open entry and restores the feed.
    mutating func endSource() {
        guard let stashed = stashedFeed else { return }
        entry?.source = FeedSource(feed)
        feed = stashed
        stashedFeed = nil
        inSource = false
    }

    /// Adds a link to the open entry, or to the feed (or the source being read) when no entry is open.
    mutating func addLink(_ link: FeedLink) {
        if hasEntry, !inSource {
            entry?.links.append(link)
        } else {
            feed.links.append(link)
        }
    }

    /// Keeps an unknown simple element's text on the open entry or the feed; the first one wins.
    mutating func addExtension(_ key: String, _ value: String, inEntry: Bool) {
        guard !value.isEmpty else { return }
        if inEntry, hasEntry, !inSource {
            if entry?.extensions[key] == nil { entry?.extensions[key] = value }
        } else if !inSource, feed.extensions[key] == nil {
            feed.extensions[key] = value
        }
    }

    /// The date fields a dialect can set.
    enum DateField: String {
        case updated, published, created, expired
    }

    /// Reads a date into a field of the open entry (`inEntry`) or of the feed, keeping the text as written.
    mutating func setDate(_ text: String, _ field: DateField, inEntry: Bool, element: XMLName, line: Int?) {
        guard !text.isEmpty else { return }
        let date = self.date(text, in: element, line: line)
        if inEntry, hasEntry, !inSource {
            entry?.dateTexts[field.rawValue] = text
            switch field {
            case .updated: entry?.updated = date
            case .published: entry?.published = date
            case .created: entry?.created = date
            case .expired: entry?.expires = date
            }
        } else {
            feed.dateTexts[field.rawValue] = text
            switch field {
            case .updated: feed.updated = date
            case .published: feed.published = date
            case .created: feed.created = date
            case .expired: break
            }
        }
    }

    /// Reads a date in any of the formats ``FeedDate`` knows, recording a problem when none fits.
    mutating func date(_ text: String, in element: XMLName, line: Int?) -> Date? {
        if let date = FeedDate.parse(text) {
            return date
        }
        problem("Unreadable date \"\(text.prefix(80))\" in <\(element.local)>.", line: line)
        return nil
    }

    /// Records a recoverable problem (listed up to ``maxListedProblems``).
    mutating func problem(_ message: String, line: Int?) {
        problemCount += 1
        guard problemCount <= Self.maxListedProblems else { return }
        problems.append(LocatedProblem(message: message, line: line))
    }

    /// The finished feed, its problems in document order, followed by a count of those not listed.
    ///
    /// libxml2 parses ahead of the node the reader is on, so its errors arrive early; sorting by
    /// line (stably, problems without a line last) restores the order of the document.
    /// - Parameter unlistedXMLProblems: problems the XML layer counted but did not keep.
    mutating func finish(unlistedXMLProblems: Int) -> ParsedFeed {
        endEntry()
        let ordered = problems.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
        feed.problems = ordered.map { item in item.element.line.map { "Line \($0): \(item.element.message)" } ?? item.element.message }
        let unlisted = max(0, problemCount - Self.maxListedProblems) + unlistedXMLProblems
        if unlisted > 0 {
            feed.problems.append("\(unlisted) further problems were not listed.")
        }
        feed.authors = feed.authors.uniqued()
        return feed
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    ///
    /// An entry has a few authors and tags: comparing each with those before it is cheaper than
    /// hashing every one into a set (hashing people and categories was 4 % of an RSS parse).
    fileprivate func uniqued() -> [Element] {
        guard count > 1 else { return self }
        if count <= 8 {
            var kept: [Element] = []
            kept.reserveCapacity(count)
            for element in self where !kept.contains(element) {
                kept.append(element)
            }
            return kept.count == count ? self : kept
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    /// `nil` for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
