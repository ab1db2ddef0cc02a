import Foundation

/// What the poller keeps about a source between polls: validators, schedule, and the last outcome.
public struct SourceState: Sendable, Hashable, Codable {
    /// The `ETag` of the last stored response, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last stored response, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// When the source was last fetched (successfully or not).
    public var lastFetchAt: Date?
    /// The outcome of the last fetch in a few words (`200 OK, 3 new`, `304 Not Modified`, `refused: private address`).
    public var lastStatus: String?
    /// Why the last fetch failed; nil after a success.
    public var lastError: String?
    /// When the source is due again; nil means at once.
    public var nextPollAt: Date?
    /// Failures in a row, for the exponential backoff; zero after a success.
    public var failureCount: Int
    /// How many distinct entries (or comment items) have been stored from it.
    public var entriesSeen: Int

    /// Creates a state; the defaults are those of a source never polled.
    public init(
        etag: String? = nil,
        lastModified: String? = nil,
        lastFetchAt: Date? = nil,
        lastStatus: String? = nil,
        lastError: String? = nil,
        nextPollAt: Date? = nil,
        failureCount: Int = 0,
        entriesSeen: Int = 0
    ) {
        self.etag = etag
        self.lastModified = lastModified
        self.lastFetchAt = lastFetchAt
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.nextPollAt = nextPollAt
        self.failureCount = failureCount
        self.entriesSeen = entriesSeen
    }
}
