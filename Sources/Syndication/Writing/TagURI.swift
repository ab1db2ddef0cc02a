import Foundation

/// A `tag:` URI (RFC 4151): a permanent, unique identifier for a feed or an entry that does not
/// depend on where it is served from.
///
/// The date is the UTC day on which the authority owned its name and minted the identifier; keep
/// it fixed (the column's first publication day, say) so that the URI never changes.
///
/// ```swift
/// let id = TagURI(authority: "stempel.example", date: published, specific: "column/de-bakker")
/// id.description  // "tag:stempel.example,2026-11-27:column/de-bakker"
/// ```
public struct TagURI: Sendable, Hashable, CustomStringConvertible {
    /// The domain name or e-mail address that mints the identifier, lowercased.
    public let authority: String
    /// The day in `YYYY-MM-DD` form, in UTC.
    public let date: String
    /// The specific part, with characters outside RFC 4151's `pchar / "/" / "?"` percent-encoded.
    public let specific: String

    /// Creates a tag URI; the authority is lowercased and the specific part percent-encoded where needed.
    public init(authority: String, date: Date, specific: String) {
        self.authority = authority.lowercased()
        self.date = RFC3339.dayString(from: date)
        self.specific = specific.addingPercentEncoding(withAllowedCharacters: Self.allowed) ?? specific
    }

    /// `tag:authority,date:specific`.
    public var description: String {
        "tag:\(authority),\(date):\(specific)"
    }

    /// RFC 3986's unreserved and sub-delims characters, `:`, `@`, `/` and `?`.
    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?")
}
