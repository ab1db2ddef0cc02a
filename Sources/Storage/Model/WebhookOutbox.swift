import Foundation

/// Deliveries of the "submission held" webhook, kept in the database until the receiver took them.
///
/// The rules' verdicts are already in the audit trail: a held comment's in `decisions`, a held
/// column's (ingested from a moderated source) in `audit_events`, each written in the
/// transaction that stored it. The outbox reads new `held` verdicts from both after persisted
/// positions, so the request or poll that held something never waits for a webhook and a
/// restart loses none. Separate from ``StempelStore`` so that a store without webhooks
/// stays valid; the SQLite store implements both.
public protocol WebhookOutbox: Sendable {
    /// Turns comments and columns the rules held since the last call into pending deliveries, with
    /// the body `payload` makes of each (``QueueItem/comment(_:)`` or ``QueueItem/column(_:)``, as
    /// they are now); returns how many were added. Reads at most `limit` audit entries of each trail.
    ///
    /// The first call ever only records where the audit trails end: what was held before webhooks
    /// were configured is not announced.
    func enqueueHeldSubmissions(at date: Date, limit: Int, payload: @Sendable (QueueItem) throws -> String) async throws -> Int

    /// Pending deliveries due at `date`, oldest first.
    func dueWebhookDeliveries(at date: Date, limit: Int) async throws -> [WebhookDelivery]

    /// The earliest time a pending delivery is due; nil when none is pending.
    func nextWebhookAttempt() async throws -> Date?

    /// Forgets a delivery the receiver accepted.
    func markWebhookDelivered(id: Int64) async throws

    /// Records a failed attempt: tried again at `retryAt`, or given up when it is nil.
    func markWebhookFailed(id: Int64, error: String, retryAt: Date?) async throws

    /// Deliveries that were given up, newest first.
    func failedWebhookDeliveries(limit: Int) async throws -> [WebhookDelivery]

    /// Schedules a given-up delivery again at `date`, with its attempts counted from zero (so the
    /// backoff starts over); its last error stays until the next attempt.
    func retryWebhookDelivery(id: Int64, at date: Date) async throws -> WebhookRetryResult
}

/// What ``WebhookOutbox/retryWebhookDelivery(id:at:)`` did.
public enum WebhookRetryResult: Sendable, Hashable {
    /// It was scheduled again.
    case scheduled(WebhookDelivery)
    /// It was not given up: it is still pending, and nothing changed.
    case stillPending(WebhookDelivery)
    /// There is no such delivery (taken by its receiver, or never made).
    case notFound
}

/// One webhook call waiting to be made (or given up).
public struct WebhookDelivery: Sendable, Hashable {
    /// The delivery's sequence number, sent as `X-Stempel-Delivery`.
    public var id: Int64
    /// The held submission it announces: a comment's id, or a column's queue id (`column-12`).
    public var submissionID: String
    /// The JSON body, fixed when the delivery was made so that every attempt sends the same bytes.
    public var payload: String
    /// How many attempts failed so far.
    public var attempts: Int
    /// The last failure, if any.
    public var lastError: String?
    /// When the submission was held.
    public var createdAt: Date

    /// Whether it announces a held column rather than a comment.
    public var isColumn: Bool { HeldColumn.rowID(fromQueueID: submissionID) != nil }

    /// Creates a delivery.
    public init(id: Int64, submissionID: String, payload: String, attempts: Int, lastError: String?, createdAt: Date) {
        self.id = id
        self.submissionID = submissionID
        self.payload = payload
        self.attempts = attempts
        self.lastError = lastError
        self.createdAt = createdAt
    }
}
