import Foundation
import Storage
import Syndication

/// Turns a feed entry into a column: its slug, author, tags and dates.
enum ColumnImport {
    /// The column for an entry, or nil when the entry has no title or no usable slug.
    static func column(from entry: FeedEntry) -> StoredColumn? {
        guard let title = entry.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { return nil }
        let link = entry.alternateLink?.href
        guard let slug = slug(link: link, id: entry.id, title: title) else { return nil }
        let published = entry.published ?? entry.updated ?? Date()
        return StoredColumn(
            slug: slug,
            sourceID: entry.id,
            title: title,
            author: entry.authors.compactMap(\.name).first ?? "Onbekend",
            summary: entry.summary?.text,
            contentHTML: entry.content?.text ?? entry.summary?.text ?? "",
            link: link,
            tags: entry.categories.map { $0.lowercased() },
            publishedAt: published,
            updatedAt: entry.updated ?? published
        )
    }

    /// The last path component of the column's link, else a slug made from its title.
    static func slug(link: String?, id: String?, title: String) -> String? {
        if let link, let last = URL(string: link)?.pathComponents.last, let slug = slugify(last) { return slug }
        return slugify(title)
    }

    /// Lowercase ASCII letters and digits separated by single dashes; accents are folded.
    static func slugify(_ text: String) -> String? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty || slug == "/" ? nil : String(slug.prefix(120))
    }
}
