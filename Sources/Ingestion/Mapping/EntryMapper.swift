import Foundation
import ModerationKit
import Storage
import Syndication

/// Turns a feed's entries into columns, and a comment feed's items into submissions.
///
/// Everything from a feed is untrusted: bodies become sanitized HTML (``HTMLSanitizer``), titles,
/// names and summaries plain text. An entry is known by its id, else its link, else a hash of
/// its title and date, so that it is matched again on the next poll.
public struct EntryMapper: Sendable {
    private let sanitizer = HTMLSanitizer()

    /// Creates a mapper.
    public init() {}

    /// The key an entry is matched by within its source.
    public func key(of entry: FeedEntry) -> String {
        if let id = entry.id?.trimmingCharacters(in: .whitespacesAndNewlines), !id.isEmpty { return "id:" + id }
        if let link = entry.alternateLink?.href ?? entry.links.first?.href, !link.isEmpty { return "link:" + link }
        let date = (entry.published ?? entry.updated).map { String($0.timeIntervalSince1970) } ?? entry.dateTexts.values.sorted().first
        // Title and date, so that an edited text updates its column; only an entry with neither
        // is told apart by its text.
        let text = entry.title == nil && date == nil ? entry.content?.text ?? entry.summary?.text : nil
        return "hash:" + StableHash.of([entry.title, date, text])
    }

    /// The column for an entry, or nil when it has no title and no text to show.
    public func column(from entry: FeedEntry, fallbackAuthor: String) -> (column: StoredColumn, fingerprint: String)? {
        let title = entry.titleConstruct.map { $0.plainText(using: sanitizer) } ?? entry.title.map(sanitizer.plainText) ?? ""
        let body = [entry.content, entry.summary].compactMap { $0 }.first { !$0.text.allSatisfy(\.isWhitespace) }
        guard !title.isEmpty || body != nil else { return nil }
        let link = entry.alternateLink?.href
        let heading = title.isEmpty ? String((body.map { $0.plainText(using: sanitizer) } ?? "").prefix(80)) : title
        let published = entry.published ?? entry.updated ?? Date()
        let summary = entry.summary.map { $0.plainText(using: sanitizer) }
        let html = body.map { $0.sanitizedHTML(using: sanitizer, baseURL: (($0.base ?? link).flatMap { URL(string: $0) })) } ?? ""
        let author = entry.authors.lazy.compactMap(\.name).map(sanitizer.plainText).first { !$0.isEmpty } ?? fallbackAuthor
        let tags = Array(Set(entry.categories.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
        let column = StoredColumn(
            slug: Self.slug(link: link, title: heading),
            sourceID: entry.id,
            title: heading,
            author: author,
            summary: summary?.isEmpty == false ? summary : nil,
            contentHTML: html,
            link: link,
            tags: tags,
            publishedAt: published,
            updatedAt: entry.updated ?? published
        )
        let fingerprint = StableHash.of([column.title, column.author, column.summary, column.contentHTML, column.link] + tags)
        return (column, fingerprint)
    }

    /// Where the entry's comments can be read as a feed (`wfw:commentRss`, an Atom `replies` link).
    public func commentFeed(of entry: FeedEntry) -> String? {
        entry.commentFeed ?? entry.repliesLinks.first { $0.type == nil || $0.type?.contains("xml") == true }?.href
    }

    /// The key a comment item is matched by within its comment feed.
    public func commentKey(of item: FeedEntry) -> String {
        if let id = item.id?.trimmingCharacters(in: .whitespacesAndNewlines), !id.isEmpty { return "id:" + id }
        if let link = item.alternateLink?.href, !link.isEmpty { return "link:" + link }
        return "hash:"
            + StableHash.of([
                item.authors.first?.name, item.published.map { "\($0.timeIntervalSince1970)" }, item.content?.text ?? item.summary?.text,
            ])
    }

    /// A comment item as a submission on the column `slug`, or nil when it has no text.
    public func submission(from item: FeedEntry, column slug: String, now: Date) -> Submission? {
        let text =
            [item.content, item.summary].compactMap { $0 }.first { !$0.text.allSatisfy(\.isWhitespace) }
            .map { $0.plainText(using: sanitizer) } ?? item.title.map(sanitizer.plainText) ?? ""
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { return nil }
        let person = item.authors.first
        let name = person?.name.map(sanitizer.plainText).flatMap { $0.isEmpty ? nil : $0 } ?? "Anonymous"
        return Submission(
            // The comment form's default limits: a feed is no way around them.
            body: String(body.prefix(5_000)),
            author: .init(name: String(name.prefix(100)), email: person?.email, url: person?.uri),
            column: slug,
            // The item's own date keeps a thread in the order it was written; never later than now,
            // so a feed cannot date a comment into the future.
            receivedAt: min(item.published ?? item.updated ?? now, now),
            source: .feed
        )
    }

    /// The last path segment of the column's link, else its title, as lowercase ASCII with dashes.
    static func slug(link: String?, title: String) -> String {
        if let link, let last = URL(string: link)?.deletingPathExtension().lastPathComponent, let slug = slugify(last) { return slug }
        return slugify(title) ?? "column"
    }

    static func slugify(_ text: String) -> String? {
        ColumnSlug.make(from: text)
    }
}
