/// A link of a feed or an entry (Atom `link`, RSS `link`, `enclosure`, `comments` and `atom:link`).
public struct FeedLink: Sendable, Hashable, Codable {
    /// The target, resolved against `xml:base` and the document's URL when it was relative.
    public var href: String
    /// The relation (`alternate`, `self`, `enclosure`, `replies`, ...); Atom's default is `alternate`.
    public var rel: String
    /// The media type of the target, if the feed gave one (`text/html`).
    public var type: String?
    /// A human-readable title of the link (Atom `title`).
    public var title: String?
    /// The language of the target (Atom `hreflang`).
    public var hreflang: String?
    /// The target's size in bytes (Atom `length`, RSS `enclosure/@length`), as written when it is a number.
    public var length: Int?
    /// The number of replies at the target (RFC 4685 `thr:count` on a `replies` link).
    public var replyCount: Int?

    /// The relation of a link to the web page of a feed or an entry.
    public static let alternate = "alternate"

    /// Creates a link.
    public init(
        href: String,
        rel: String = FeedLink.alternate,
        type: String? = nil,
        title: String? = nil,
        hreflang: String? = nil,
        length: Int? = nil,
        replyCount: Int? = nil
    ) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
        self.replyCount = replyCount
    }
}
