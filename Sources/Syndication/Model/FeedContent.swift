/// Text of a feed or an entry together with how to read it: plain text, escaped HTML, or XHTML markup.
///
/// The text is never sanitized here: HTML from a feed is untrusted and must be cleaned before it
/// is shown. ``base`` is the URL that relative links inside the markup are relative to.
public struct FeedContent: Sendable, Hashable, Codable {
    /// The text. For ``FeedContentType/html`` and ``FeedContentType/xhtml`` it is markup.
    public var text: String
    /// How to read ``text``.
    public var type: FeedContentType
    /// The language in effect (`xml:lang`, the feed's `language`, or the HTTP `Content-Language`).
    public var language: String?
    /// The base URL in effect for the element (`xml:base`, `Content-Location` or the document URL).
    public var base: String?
    /// Where the full content lives, for Atom `content src="..."` (out-of-line content, resolved).
    public var source: String?

    /// Creates content.
    public init(text: String, type: FeedContentType = .text, language: String? = nil, base: String? = nil, source: String? = nil) {
        self.text = text
        self.type = type
        self.language = language
        self.base = base
        self.source = source
    }
}
