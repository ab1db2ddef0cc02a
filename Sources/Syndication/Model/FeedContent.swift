/// Text of an entry together with how to read it: plain text, escaped HTML, or XHTML markup.
///
/// The text is never sanitized here: HTML from a feed is untrusted and must be cleaned before it
/// is shown.
public struct FeedContent: Sendable, Hashable, Codable {
    /// The text. For ``FeedContentType/html`` and ``FeedContentType/xhtml`` it is markup.
    public var text: String
    /// How to read ``text``.
    public var type: FeedContentType

    /// Creates content.
    public init(text: String, type: FeedContentType = .text) {
        self.text = text
        self.type = type
    }
}
