/// How to read a ``FeedContent``'s text: Atom's `text`, `html`, `xhtml`, or a media type.
///
/// RSS `description` and `content:encoded` are read as ``html``. For Atom `xhtml` the text is the
/// markup inside the wrapping `div` (the `div` itself is left out).
public struct FeedContentType: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// `text`, `html`, `xhtml`, or a media type such as `text/markdown`.
    public var rawValue: String

    /// Creates a type from its name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Plain text.
    public static let text = FeedContentType(rawValue: "text")
    /// HTML markup, as text.
    public static let html = FeedContentType(rawValue: "html")
    /// XHTML markup.
    public static let xhtml = FeedContentType(rawValue: "xhtml")

    /// The name.
    public var description: String { rawValue }

    /// The media type this stands for: `text/plain`, `text/html`, `application/xhtml+xml`, or the
    /// media type itself.
    public var mediaType: String {
        switch self {
        case .text: "text/plain"
        case .html: "text/html"
        case .xhtml: "application/xhtml+xml"
        default: rawValue
        }
    }

    /// Whether the text is markup (HTML or XHTML) rather than plain text.
    public var isMarkup: Bool {
        self == .html || self == .xhtml
    }
}
