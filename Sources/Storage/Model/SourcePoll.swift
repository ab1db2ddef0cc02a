import Foundation

/// One stored poll of a source, from the poll log (``SourceStore/polls(sourceID:)``): who polled
/// it, from when to when, and what it came to.
///
/// Every ``SourceStore/applyPoll(_:)`` appends one, in the same transaction, so the log shows
/// which instance polled a source and that no two polls of one source overlapped (the source's
/// lease is held from before ``startedAt`` until after ``finishedAt``). Polls older than
/// ``retention`` are removed as new ones are stored.
public struct SourcePoll: Sendable, Hashable {
    /// The source polled.
    public var sourceID: Int64
    /// The poller that polled it (its lease holder), nil when it did not say.
    public var poller: String?
    /// When the fetch started.
    public var startedAt: Date
    /// When the outcome was handed to the store, just before it was written.
    public var finishedAt: Date
    /// The source's status after the poll (`200 OK: 3 entries, 1 new, 0 changed`, `HTTP 500`).
    public var status: String?
    /// How many new columns or comments it stored.
    public var added: Int

    /// How long polls are kept: a month.
    public static let retention: TimeInterval = 30 * 24 * 3600

    /// Creates a poll record.
    public init(sourceID: Int64, poller: String?, startedAt: Date, finishedAt: Date, status: String?, added: Int) {
        self.sourceID = sourceID
        self.poller = poller
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.added = added
    }
}
