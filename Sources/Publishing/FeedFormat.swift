/// The formats every feed is published in.
public enum FeedFormat: String, Sendable, Hashable, CaseIterable {
    /// Atom 1.0 (RFC 4287).
    case atom
    /// RSS 2.0.
    case rss
    /// JSON Feed 1.1.
    case json

    /// The file extension in feed paths (`columns.atom`).
    public var fileExtension: String { rawValue }

    /// The `Content-Type` the feed is served with.
    public var contentType: String {
        switch self {
        case .atom: "application/atom+xml; charset=utf-8"
        case .rss: "application/rss+xml; charset=utf-8"
        case .json: "application/feed+json; charset=utf-8"
        }
    }

    /// The media type in `<link rel="alternate" type="...">`.
    public var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        }
    }
}
