import Foundation

/// One entry of a feed (Atom `entry`, RSS `item`).
///
/// Dates are absolute instants (`Date` is zone-free); the zone the feed wrote them in has been
/// applied. URLs are resolved against `xml:base` and the document's URL. Use ``alternateLink``
/// for the entry's web page.
public struct FeedEntry: Sendable, Hashable, Codable {
    /// The entry's permanent identifier (Atom `id`, RSS `guid`).
    public var id: String?
    /// Whether ``id`` is also the entry's web page (an RSS `guid` that is a permalink).
    public var idIsPermalink = false
    /// The title as plain text: HTML and XHTML titles have their markup removed and entities decoded.
    public var title: String?
    /// The title as written, with its type, language and base.
    public var titleConstruct: FeedContent?
    /// A short summary (Atom `summary`, RSS `description`).
    public var summary: FeedContent?
    /// The full content (Atom `content`, RSS `content:encoded`); for out-of-line Atom content the
    /// text is empty and ``FeedContent/source`` says where it is.
    public var content: FeedContent?
    /// The entry's links, in document order (RSS `link` becomes `alternate`, `enclosure` stays).
    public var links: [FeedLink]
    /// The authors (Atom `author`, RSS `author` and `dc:creator`), without duplicates.
    public var authors: [FeedPerson]
    /// The contributors (Atom `contributor`, `dc:contributor`).
    public var contributors: [FeedPerson] = []
    /// Categories with their scheme and label (Atom `category`, RSS `category`, `dc:subject`), without duplicates.
    public var tags: [FeedCategory] = []
    /// When the entry was first published (Atom `published`, RSS `pubDate`, `dcterms:issued`).
    public var published: Date?
    /// When the entry last changed (Atom `updated`, `dc:date`, `dcterms:modified`).
    public var updated: Date?
    /// When the entry was created (Atom 0.3 `created`, `dcterms:created`).
    public var created: Date?
    /// When the entry stops being valid (RSS `expirationDate`).
    public var expires: Date?
    /// The dates as the feed wrote them, by field (`"updated"`, `"published"`, `"created"`, `"expired"`).
    public var dateTexts: [String: String] = [:]
    /// Copyright or licence text (Atom `rights`, `dc:rights`).
    public var rights: FeedContent?
    /// The web page with the entry's comments (RSS `comments`).
    public var commentsPage: String?
    /// A feed of the entry's comments (`wfw:commentRss`).
    public var commentFeed: String?
    /// Where to post a comment on the entry (`wfw:comment`, the Comment API).
    public var commentAPI: String?
    /// How many comments the entry has, as the feed says (`slash:comments`).
    public var commentCount: Int?
    /// How many replies the entry has in total (RFC 4685 `thr:total`).
    public var totalReplies: Int?
    /// What the entry replies to (RFC 4685 `thr:in-reply-to`), for comment feeds.
    public var inReplyTo: [FeedReplyReference] = []
    /// The feed the entry was copied from (Atom `source`, RSS `source`).
    public var source: FeedSource?
    /// The entry's language when it names one (`dc:language`).
    public var language: String?
    /// Who published the entry (`dc:publisher`).
    public var publisher: FeedPerson?
    /// Other simple elements of the entry that the parser does not interpret, by name: the local
    /// name for the dialect's own elements, `prefix_local` for others (`"madeup_element"`), lowercased.
    public var extensions: [String: String] = [:]

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
        self.tags = categories.map { FeedCategory(term: $0) }
        self.published = published
        self.updated = updated
    }

    /// The category terms, in order (``tags`` without their schemes and labels).
    public var categories: [String] {
        get { tags.map(\.term) }
        set { tags = newValue.map { FeedCategory(term: $0) } }
    }

    /// The first link with relation `alternate`: the entry's web page, if it has one.
    public var alternateLink: FeedLink? {
        links.first { $0.rel == FeedLink.alternate }
    }

    /// The replies links (RFC 4685) and comment feeds: where the entry's comments can be read.
    public var repliesLinks: [FeedLink] {
        links.filter { $0.rel == "replies" }
    }
}
