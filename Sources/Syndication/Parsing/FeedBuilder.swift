import Foundation

/// The feed being assembled: what dialects write into while the document streams by.
///
/// It holds at most one open entry and one open person, because neither nests in any dialect.
struct FeedBuilder {
    var feed: ParsedFeed
    /// The entry between its start and end tags, if any.
    var entry: FeedEntry?
    /// The author between its start and end tags, if any (only entry authors are opened).
    var person: FeedPerson?
    private let limits: FeedParser.Limits
    private var problems: [LocatedProblem] = []
    private var problemCount = 0

    /// Beyond this many, problems are counted but not listed, so a hostile feed cannot fill memory with them.
    static let maxListedProblems = 100

    init(format: FeedFormat, limits: FeedParser.Limits) {
        self.feed = ParsedFeed(format: format)
        self.limits = limits
    }

    mutating func beginEntry(line: Int?) throws(FeedParsingError) {
        guard feed.entries.count < limits.maxEntries else {
            throw .tooManyEntries(limit: limits.maxEntries, line: line)
        }
        entry = FeedEntry()
    }

    mutating func endEntry() {
        guard var finished = entry else { return }
        finished.authors = finished.authors.uniqued()
        finished.categories = finished.categories.uniqued()
        feed.entries.append(finished)
        entry = nil
    }

    mutating func endPerson() {
        guard let finished = person else { return }
        person = nil
        guard finished != FeedPerson() else { return }
        entry?.authors.append(finished)
    }

    /// Adds a link to the open entry, or to the feed when no entry is open.
    mutating func addLink(_ link: FeedLink) {
        if entry != nil {
            entry?.links.append(link)
        } else {
            feed.links.append(link)
        }
    }

    /// Reads an RFC 3339 or RFC 822 date, recording a problem when neither fits.
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
        let ordered = problems.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
        feed.problems = ordered.map { item in item.element.line.map { "Line \($0): \(item.element.message)" } ?? item.element.message }
        let unlisted = max(0, problemCount - Self.maxListedProblems) + unlistedXMLProblems
        if unlisted > 0 {
            feed.problems.append("\(unlisted) further problems were not listed.")
        }
        return feed
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
