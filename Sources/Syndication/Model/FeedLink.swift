/// A link of a feed or an entry (Atom `link`, RSS `link`, `enclosure` and `atom:link`).
public struct FeedLink: Sendable, Hashable, Codable {
    /// The target, as written in the feed (not resolved against `xml:base`).
    public var href: String
    /// The relation (`alternate`, `self`, `enclosure`, `replies`, ...); Atom's default is `alternate`.
    public var rel: String
    /// The media type of the target, if the feed gave one (`text/html`).
    public var type: String?

    /// The relation of a link to the web page of a feed or an entry.
    public static let alternate = "alternate"

    /// Creates a link.
    public init(href: String, rel: String = FeedLink.alternate, type: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
    }
}
