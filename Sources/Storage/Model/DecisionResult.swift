import Foundation
import Moderation

/// What became of a moderator's decision.
public enum DecisionResult: Sendable, Hashable {
    /// It was applied.
    case decided(StoredComment)
    /// The comment already had that status: nothing changed, nothing was recorded.
    case unchanged(StoredComment)
    /// Someone decided first: the comment is no longer in the status the moderator saw.
    case conflict(StoredComment, lastDecision: AuditEntry?)
    /// There is no such comment.
    case notFound
}

/// One line of the audit trail: who decided what, when, and what it changed.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The entry's sequence number.
    public var sequence: Int64
    /// The comment decided on.
    public var commentID: String
    /// `rules` for the automatic verdict, else the moderator's name.
    public var actor: String
    /// `verdict`, `approve`, `reject`, `spam`, `ham`, `edit` or `undo`.
    public var action: String
    /// The status before (none for the verdict).
    public var fromStatus: ModerationStatus?
    /// The status after.
    public var toStatus: ModerationStatus
    /// The moderator's note.
    public var note: String?
    /// When.
    public var decidedAt: Date
    /// For an `edit`: the body it replaced, kept for the audit trail.
    public var originalBody: String?

    enum CodingKeys: String, CodingKey {
        case sequence, actor, action, note
        case commentID = "comment_id"
        case fromStatus = "from_status"
        case toStatus = "to_status"
        case decidedAt = "decided_at"
        case originalBody = "original_body"
    }

    /// Creates an entry.
    public init(
        sequence: Int64,
        commentID: String,
        actor: String,
        action: String,
        fromStatus: ModerationStatus?,
        toStatus: ModerationStatus,
        note: String?,
        decidedAt: Date,
        originalBody: String? = nil
    ) {
        self.sequence = sequence
        self.commentID = commentID
        self.actor = actor
        self.action = action
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.note = note
        self.decidedAt = decidedAt
        self.originalBody = originalBody
    }
}
