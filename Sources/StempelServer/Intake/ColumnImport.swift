import Foundation
import Storage
import Syndication

/// Turns a feed entry into a column: its slug, author, tags and dates.
///
/// Everything from the feed is untrusted: the body (entry content, else its summary) is
/// sanitized HTML, plain-text content is escaped into paragraphs, and the title, author name and
/// summary become plain text (``StoredColumn/summary`` is plain text, and the columns feed
/// writes it as such).
enum ColumnImport {
    private static let sanitizer = HTMLSanitizer()

    /// The column for an entry, or nil when the entry has no title or no usable slug.
    static func column(from entry: FeedEntry) -> StoredColumn? {
        let title = entry.titleConstruct.map { $0.plainText(using: sanitizer) } ?? entry.title.map(sanitizer.plainText) ?? ""
        guard !title.isEmpty else { return nil }
        let link = entry.alternateLink?.href
        guard let slug = slug(link: link, title: title) else { return nil }
        let published = entry.published ?? entry.updated ?? Date()
        let body = [entry.content, entry.summary].compactMap { $0 }.first { !$0.text.allSatisfy(\.isWhitespace) }
        let summary = entry.summary.map { $0.plainText(using: sanitizer) }
        return StoredColumn(
            slug: slug,
            sourceID: entry.id,
            title: title,
            author: entry.authors.lazy.compactMap(\.name).map(sanitizer.plainText).first { !$0.isEmpty } ?? "Onbekend",
            summary: summary?.isEmpty == false ? summary : nil,
            contentHTML: body.map { $0.sanitizedHTML(using: sanitizer, baseURL: baseURL(for: $0, link: link)) } ?? "",
            link: link,
            tags: entry.categories.map { $0.lowercased() },
            publishedAt: published,
            updatedAt: entry.updated ?? published
        )
    }

    /// Relative links in a column resolve against the content's own base, else the column's page.
    private static func baseURL(for content: FeedContent, link: String?) -> URL? {
        (content.base ?? link).flatMap { URL(string: $0) }
    }

    /// The last path component of the column's link, else a slug made from its title.
    static func slug(link: String?, title: String) -> String? {
        if let link, let last = URL(string: link)?.pathComponents.last, let slug = slugify(last) { return slug }
        return slugify(title)
    }

    static func slugify(_ text: String) -> String? {
        ColumnSlug.make(from: text)
    }
}
