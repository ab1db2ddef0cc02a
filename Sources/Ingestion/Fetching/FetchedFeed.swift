import Foundation

/// A feed as fetched: the document (or that it did not change), where it was, and its headers.
public struct FetchedFeed: Sendable {
    /// The document, or nil when the server answered 304 Not Modified.
    public var body: Data?
    /// The URL the document came from after redirects.
    public var finalURL: String
    /// The URL to store instead of the source's: set when every redirect on the way was permanent (301, 308).
    public var movedTo: String?
    /// The HTTP status of the last response (200 or 304; 200 for a file).
    public var statusCode: Int
    /// Response headers, by lowercased name.
    public var headers: [String: String]

    /// Creates a fetched feed.
    public init(body: Data?, finalURL: String, movedTo: String? = nil, statusCode: Int, headers: [String: String] = [:]) {
        self.body = body
        self.finalURL = finalURL
        self.movedTo = movedTo
        self.statusCode = statusCode
        self.headers = headers
    }

    /// Whether the server said the feed did not change.
    public var isNotModified: Bool { body == nil }
}
