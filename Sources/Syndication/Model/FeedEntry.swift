import Foundation

/// One entry of a feed (Atom `entry`, RSS `item`).
///
/// Dates are absolute instants (`Date` is zone-free); the zone the feed wrote them in has been
/// applied. Use ``alternateLink`` for the entry's web page.
public struct FeedEntry: Sendable, Hashable, Codable {
    /// The entry's permanent identifier (Atom `id`, RSS `guid`).
    public var id: String?
    /// The title, as text (Atom `title`, RSS `title`).
    public var title: String?
    /// A short summary (Atom `summary`, RSS `description`).
    public var summary: FeedContent?
    /// The full content (Atom `content`, RSS `content:encoded`).
    public var content: FeedContent?
    /// The entry's links, in document order (RSS `link` becomes `alternate`, `enclosure` stays).
    public var links: [FeedLink]
    /// The authors (Atom `author`, RSS `author` and `dc:creator`), without duplicates.
    public var authors: [FeedPerson]
    /// Category terms or tags (Atom `category/@term`, RSS `category`, `dc:subject`).
    public var categories: [String]
    /// When the entry was first published (Atom `published`, RSS `pubDate` or `dc:date`).
    public var published: Date?
    /// When the entry last changed (Atom `updated`).
    public var updated: Date?

    /// Creates an entry.
    public init(
        id: String? = nil,
        title: String? = nil,
        summary: FeedContent? = nil,
        content: FeedContent? = nil,
        links: [FeedLink] = [],
        authors: [FeedPerson] = [],
        categories: [String] = [],
        published: Date? = nil,
        updated: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.content = content
        self.links = links
        self.authors = authors
        self.categories = categories
        self.published = published
        self.updated = updated
    }

    /// The first link with relation `alternate`: the entry's web page, if it has one.
    public var alternateLink: FeedLink? {
        links.first { $0.rel == FeedLink.alternate }
    }
}
