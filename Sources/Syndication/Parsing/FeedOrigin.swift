/// Where a feed document came from: its URL and the HTTP response headers that bear on parsing.
///
/// All optional: a file on disk has none. `Content-Type`'s charset overrides the encoding the
/// document declares (RFC 3023), `Content-Location` and the URL are the base for relative links,
/// and `Content-Language` is the language when the document names none.
///
/// ```swift
/// let origin = FeedOrigin(url: "https://example.nl/feed", headers: ["Content-Type": "application/rss+xml; charset=utf-8"])
/// let feed = try FeedParser().parse(data, origin: origin)
/// ```
public struct FeedOrigin: Sendable, Hashable {
    /// The URL the document was fetched from, if any.
    public var url: String?
    /// The HTTP `Content-Type` header, e.g. `text/xml; charset=iso-8859-1`.
    public var contentType: String?
    /// The HTTP `Content-Location` header: the document's own URL, resolved against ``url``.
    public var contentLocation: String?
    /// The HTTP `Content-Language` header.
    public var contentLanguage: String?

    /// Creates an origin from a URL and response headers (names are matched without regard to case).
    public init(url: String? = nil, headers: [String: String] = [:]) {
        self.url = url
        let lowercased = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        contentType = lowercased["content-type"]
        contentLocation = lowercased["content-location"]
        contentLanguage = lowercased["content-language"]
        hasHeaders = !headers.isEmpty
    }

    /// Whether the document came with HTTP headers at all (a file has none; then no media type is expected).
    public var hasHeaders: Bool

    /// The base URL for the document: `Content-Location` resolved against the URL, else the URL.
    var baseURL: String? {
        guard let location = contentLocation?.trimmingWhitespace, !location.isEmpty else { return url }
        return URLResolver.resolve(location, against: url)
    }
}
