import Foundation

/// A feed after parsing, in one shape whatever its dialect (Atom 1.0, RSS 2.0).
///
/// Fields the feed did not carry are `nil` or empty; nothing is invented. Problems that did not
/// stop the parse (an unreadable date, a non-fatal XML error) are listed in ``problems`` so that
/// an operator can see why a field is missing.
///
/// ```swift
/// let feed = try FeedParser().parse(data)
/// for entry in feed.entries { print(entry.title ?? "(untitled)") }
/// ```
public struct ParsedFeed: Sendable, Hashable, Codable {
    /// The dialect the document was written in.
    public var format: FeedFormat
    /// The feed's title (Atom `title`, RSS `channel/title`).
    public var title: String?
    /// A short description (Atom `subtitle`, RSS `channel/description`).
    public var subtitle: String?
    /// The feed's permanent identifier (Atom `id`; RSS has none).
    public var id: String?
    /// Links of the feed itself (`self`, `alternate`, ...), in document order.
    public var links: [FeedLink]
    /// When the feed last changed (Atom `updated`, RSS `lastBuildDate`, `pubDate` or `dc:date`).
    public var updated: Date?
    /// The entries (Atom `entry`, RSS `item`), in document order.
    public var entries: [FeedEntry]
    /// Recoverable problems met while parsing, in plain words, in the order they were met.
    public var problems: [String]

    /// Creates a parsed feed.
    public init(
        format: FeedFormat,
        title: String? = nil,
        subtitle: String? = nil,
        id: String? = nil,
        links: [FeedLink] = [],
        updated: Date? = nil,
        entries: [FeedEntry] = [],
        problems: [String] = []
    ) {
        self.format = format
        self.title = title
        self.subtitle = subtitle
        self.id = id
        self.links = links
        self.updated = updated
        self.entries = entries
        self.problems = problems
    }
}
