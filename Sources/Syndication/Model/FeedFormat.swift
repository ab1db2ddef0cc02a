/// The dialect a feed was written in.
///
/// A struct rather than an enum so that dialects can be added without breaking `switch`
/// statements in other modules; compare with the static members. The names of the older
/// versions are those Python's feedparser uses (`rss091u`, `atom03`), so that results compare.
public struct FeedFormat: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// A short stable name (`"atom"`, `"rss2"`), suitable for storage.
    public var rawValue: String

    /// Creates a format from its stored name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Atom 1.0 (RFC 4287).
    public static let atom = FeedFormat(rawValue: "atom")
    /// Atom 0.3, the pre-standard draft (`http://purl.org/atom/ns#`).
    public static let atom03 = FeedFormat(rawValue: "atom03")
    /// RSS 2.0 (also 0.93 and 0.94, which are near-identical).
    public static let rss2 = FeedFormat(rawValue: "rss2")
    /// RSS 0.92.
    public static let rss092 = FeedFormat(rawValue: "rss092")
    /// RSS 0.91 as UserLand wrote it (no DOCTYPE).
    public static let rss091u = FeedFormat(rawValue: "rss091u")
    /// RSS 0.91 as Netscape wrote it (with Netscape's DOCTYPE).
    public static let rss091n = FeedFormat(rawValue: "rss091n")
    /// An `rss` root without a version this parser knows; read as RSS 2.0.
    public static let rssUnknown = FeedFormat(rawValue: "rss")
    /// RSS 1.0 (RDF, `http://purl.org/rss/1.0/`).
    public static let rss1 = FeedFormat(rawValue: "rss10")
    /// RSS 0.90 (RDF, Netscape's `http://my.netscape.com/rdf/simple/0.9/`).
    public static let rss090 = FeedFormat(rawValue: "rss090")

    /// The stored name.
    public var description: String { rawValue }

    /// Whether this is one of the Atom dialects.
    public var isAtom: Bool { self == .atom || self == .atom03 }
}
