import Foundation

/// A feed after parsing, in one shape whatever its dialect (RSS 0.90 to 2.0, RSS 1.0, Atom 0.3 and 1.0).
///
/// Fields the feed did not carry are `nil` or empty; nothing is invented. Problems that did not
/// stop the parse (an unreadable date, a non-fatal XML error, a document that was not well-formed
/// and was read in recovery mode) are listed in ``problems`` so that an operator can see why a
/// field is missing.
///
/// ```swift
/// let feed = try FeedParser().parse(data)
/// for entry in feed.entries { print(entry.title ?? "(untitled)") }
/// ```
public struct ParsedFeed: Sendable, Hashable, Codable {
    /// The dialect the document was written in.
    public var format: FeedFormat
    /// The character encoding the document was read in, lowercased (`utf-8`, `iso-8859-1`, `windows-1252`).
    public var encoding = "utf-8"
    /// Whether the document was well-formed XML; `false` when it was read in recovery mode.
    public var isWellFormed = true
    /// The feed's title as plain text (Atom `title`, RSS `channel/title`).
    public var title: String?
    /// The title as written, with its type, language and base.
    public var titleConstruct: FeedContent?
    /// A short description as plain text (Atom `subtitle`, RSS `channel/description`).
    public var subtitle: String?
    /// The subtitle as written, with its type, language and base.
    public var subtitleConstruct: FeedContent?
    /// Copyright or licence text (Atom `rights`, RSS `copyright`, `dc:rights`).
    public var rights: FeedContent?
    /// The feed's permanent identifier (Atom `id`; RSS has none).
    public var id: String?
    /// The feed's language (RSS `language`, `dc:language`, the root's `xml:lang`, or `Content-Language`).
    public var language: String?
    /// The software that wrote the feed (Atom `generator`, RSS `generator`).
    public var generator: String?
    /// The generator's web address (Atom `generator/@uri`, Atom 0.3 `@url`), resolved.
    public var generatorURI: String?
    /// The generator's version (Atom `generator/@version`).
    public var generatorVersion: String?
    /// The feed's image (RSS `image`), with its caption and link.
    public var image: FeedImage?
    /// Atom 0.3's `info`: a note on the feed format for human readers.
    public var info: FeedContent?
    /// RSS `cloud`'s attributes (lowercased names), for the rssCloud notification protocol.
    public var cloud: [String: String]?
    /// RSS `textInput`'s fields (`title`, `description`, `name`, `link`).
    public var textInput: [String: String]?
    /// Who publishes the feed (RSS `webMaster`, `dc:publisher`).
    public var publisher: FeedPerson?
    /// A small icon (Atom `icon`), resolved.
    public var icon: String?
    /// A logo or image (Atom `logo`, RSS `image/url`), resolved.
    public var logo: String?
    /// Links of the feed itself (`self`, `alternate`, ...), in document order.
    public var links: [FeedLink]
    /// The feed's authors (Atom `author`, RSS `managingEditor`, `dc:creator`).
    public var authors: [FeedPerson] = []
    /// The feed's contributors (Atom `contributor`, `dc:contributor`).
    public var contributors: [FeedPerson] = []
    /// The feed's categories (Atom `category`, RSS `category`, `dc:subject`).
    public var tags: [FeedCategory] = []
    /// When the feed last changed (Atom `updated`, RSS `lastBuildDate`, `dc:date`); see also ``published``.
    public var updated: Date?
    /// When the feed was published (RSS `channel/pubDate`, `dcterms:issued`).
    public var published: Date?
    /// When the feed was created (`dcterms:created`).
    public var created: Date?
    /// The dates as the feed wrote them, by field (`"updated"`, `"published"`, `"created"`).
    public var dateTexts: [String: String] = [:]
    /// Other simple elements of the feed that the parser does not interpret (RSS `ttl`, `docs`,
    /// unknown extensions), named as ``FeedEntry/extensions`` are.
    public var extensions: [String: String] = [:]
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

    /// The first link with relation `alternate`: the feed's web site, if it has one.
    public var alternateLink: FeedLink? {
        links.first { $0.rel == FeedLink.alternate }
    }
}
