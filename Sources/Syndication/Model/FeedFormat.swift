/// The dialect a feed was written in.
///
/// A struct rather than an enum so that dialects can be added without breaking `switch`
/// statements in other modules; compare with the static members.
public struct FeedFormat: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// A short stable name (`"atom"`, `"rss2"`), suitable for storage.
    public var rawValue: String

    /// Creates a format from its stored name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Atom 1.0 (RFC 4287).
    public static let atom = FeedFormat(rawValue: "atom")
    /// RSS 2.0 (also accepts the near-identical RSS 0.91 and 0.92).
    public static let rss2 = FeedFormat(rawValue: "rss2")

    /// The stored name.
    public var description: String { rawValue }
}
