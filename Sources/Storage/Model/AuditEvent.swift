import Foundation

/// One line of the audit trail of what is not a comment: marks on authors and decisions on
/// columns held from moderated sources. Comment decisions are ``AuditEntry``s.
public struct AuditEvent: Sendable, Hashable, Codable {
    /// What an event is about.
    public enum Subject: String, Sendable, Hashable, Codable {
        /// An author mark (`subject_id` is the mark's id).
        case author
        /// A column (`subject_id` is the queue item id, `column-12`).
        case column
    }

    /// The event's sequence number.
    public var sequence: Int64
    /// What it is about.
    public var subject: Subject
    /// Which one.
    public var subjectID: String
    /// The moderator.
    public var actor: String
    /// `mark` or `unmark` for authors; `approve`, `reject`, `spam` or `ham` for columns.
    public var action: String
    /// The state before (none when there was nothing).
    public var before: [String: String]?
    /// The state after (none when nothing is left).
    public var after: [String: String]?
    /// The moderator's note.
    public var note: String?
    /// When.
    public var at: Date

    enum CodingKeys: String, CodingKey {
        case sequence, subject, actor, action, before, after, note, at
        case subjectID = "subject_id"
    }

    /// Creates an event.
    public init(
        sequence: Int64, subject: Subject, subjectID: String, actor: String, action: String, before: [String: String]?,
        after: [String: String]?, note: String?, at: Date
    ) {
        self.sequence = sequence
        self.subject = subject
        self.subjectID = subjectID
        self.actor = actor
        self.action = action
        self.before = before
        self.after = after
        self.note = note
        self.at = at
    }
}
