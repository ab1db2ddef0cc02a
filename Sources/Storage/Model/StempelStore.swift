import Foundation
import Moderation
import ModerationKit

/// Everything Stempel keeps: columns, comments with their verdicts, and decisions.
///
/// Also answers the rules' questions about history (``SubmissionHistory``). The SQLite store
/// implements it; a PostgreSQL store can implement the same protocol.
public protocol StempelStore: SubmissionHistory {
    /// Inserts or updates columns by slug; returns how many were new. An update keeps the first
    /// publication date, on which the column's `tag:` id in every feed depends.
    @discardableResult
    func saveColumns(_ columns: [StoredColumn]) async throws -> Int

    /// How many columns there are.
    func columnCount() async throws -> Int

    /// Every column with its approved comment count, newest first.
    func columnSummaries() async throws -> [ColumnSummary]

    /// Whether a published column has this slug (cheaper than ``columnSummary(slug:)``).
    func columnExists(slug: String) async throws -> Bool

    /// One column with its approved comment count.
    func columnSummary(slug: String) async throws -> ColumnSummary?

    /// Approved comments on a column, oldest first.
    func approvedComments(onColumn slug: String) async throws -> [StoredComment]

    /// Published columns with their comment counts, newest first, optionally only those with `tag`.
    func publishedColumns(_ page: ColumnPage, tag: String?) async throws -> [ColumnSummary]

    /// How many columns are published, optionally only those with `tag`.
    func publishedColumnCount(tag: String?) async throws -> Int

    /// The tags of published columns with how many columns carry each, by tag.
    func publishedTags() async throws -> [(tag: String, count: Int)]

    /// The newest approved comments, on one column or on all, newest first.
    func recentApprovedComments(onColumn slug: String?, limit: Int) async throws -> [StoredComment]

    /// The migrations this build knows that the database has not applied (empty when ready).
    func missingMigrations() async throws -> [String]

    /// How many migrations the database has applied.
    func appliedMigrationCount() async throws -> Int

    /// Goes up after every committed change that the published feeds may show.
    var publishedChanges: PublishedChanges { get }

    /// Stores a judged comment and the rules' decision on it, durably, before returning; with an
    /// idempotency key, the key too, in the same transaction.
    ///
    /// - Throws: ``StoreError/unknownColumn(_:)`` when its column does not exist;
    ///   ``StoreError/duplicateRequest(_:)`` when the key is already stored (nothing is stored then).
    func insertComment(_ comment: StoredComment, idempotencyKey: IdempotencyKey?) async throws

    /// The first request stored with this key, if any.
    func idempotentRequest(_ key: IdempotencyKey) async throws -> IdempotentRequest?

    /// A comment by id.
    func comment(id: String) async throws -> StoredComment?

    /// Teaches a learning rule labelled examples in one transaction; `delta: -1` takes them back
    /// (an undone decision). Counts never go below zero.
    func learn(rule: String, examples: [(features: Set<String>, label: TrainingLabel)], delta: Int) async throws

    /// Forgets everything a learning rule was taught.
    func resetLearning(rule: String) async throws

    /// Applies a moderator's decision to each comment in one transaction, and records it.
    ///
    /// A comment not in the `expected` status (someone decided first) is left alone and reported
    /// as a conflict; one already in the decided status is reported unchanged. When the action
    /// teaches something (spam, ham, approve), each of `learners` (rule identifier and its
    /// features) learns every decided comment in the same transaction: a decision is never
    /// recorded without its lesson, or the other way round.
    func decide(
        commentIDs: [String],
        action: ModeratorAction,
        actor: String,
        note: String?,
        expecting expected: ModerationStatus,
        at date: Date,
        learners: [Learner]
    ) async throws -> [DecisionResult]

    /// Undoes a comment's latest moderator decision in one transaction: the comment returns to
    /// the status it had before, an `undo` entry is appended to the audit trail (the undone entry
    /// stays), and what the decision taught `learners` is taken back. Only the latest entry can
    /// be undone, and only while the comment still has the status it gave.
    func undoLastDecision(commentID: String, actor: String, at date: Date, learners: [Learner]) async throws -> UndoResult

    /// Replaces a comment's body with a moderator's edit (a redaction), keeping its status; the
    /// `edit` entry in the audit trail keeps the body it replaced. Answers `.unchanged` for the
    /// same body and `.notFound` for an unknown comment.
    func edit(commentID: String, body: String, actor: String, note: String?, at date: Date) async throws -> DecisionResult

    /// Held comments, oldest first, filtered and paged by `query`.
    func heldQueue(_ query: QueueQuery) async throws -> [StoredComment]

    /// How many comments are held for a moderator: the queue's length.
    func heldCount() async throws -> Int

    /// The audit trail in order, after a sequence number.
    func auditLog(after sequence: Int64?, limit: Int) async throws -> [AuditEntry]

    /// Adds a moderator account; throws ``StoreError/conflict(_:)`` when the name is taken.
    func addModerator(_ moderator: Moderator, tokenHash: String) async throws

    /// Every moderator account, by name.
    func moderators() async throws -> [Moderator]

    /// The account with this name (any case).
    func moderator(named name: String) async throws -> Moderator?

    /// The account whose API token hashes to `tokenHash`.
    func moderator(tokenHash: String) async throws -> Moderator?

    /// Removes an account; returns whether there was one.
    func removeModerator(named name: String) async throws -> Bool

    /// Replaces an account's password hash and/or token hash; returns whether there was one.
    func updateModerator(named name: String, passwordHash: String?, tokenHash: String?) async throws -> Bool

    /// Every comment whose latest moderator decision teaches something, with what it teaches.
    func labelledSubmissions() async throws -> [(submission: Submission, label: TrainingLabel)]

    /// The audit trail of one comment, oldest first: the rules' verdict and every decision since.
    func decisions(forComment id: String) async throws -> [AuditEntry]

    /// Records a web UI sign-in under the SHA-256 of its cookie value; sweeps expired sessions.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when there is no such moderator.
    func addSession(tokenHash: String, moderatorName: String, csrfToken: String, createdAt: Date, expiresAt: Date) async throws

    /// The session whose cookie value hashes to `tokenHash`, if it is still valid at `date`.
    func session(tokenHash: String, at date: Date) async throws -> ModeratorSession?

    /// Ends a session (signing out).
    func removeSession(tokenHash: String) async throws

    /// Marks an author trusted or blocked (replacing an earlier mark with the same key), and
    /// records the change with the state before and after in the audit trail, in one transaction.
    func markAuthor(_ key: AuthorKey, as standing: AuthorMark.Standing, note: String?, actor: String, at date: Date) async throws
        -> AuthorMarkChange

    /// Every author mark, most recently set first.
    func authorMarks() async throws -> [AuthorMark]

    /// Removes a mark and records that in the audit trail; returns the mark, nil when unknown.
    func removeAuthorMark(id: Int64, actor: String, at date: Date) async throws -> AuthorMark?

    /// The audit trail of author marks and column decisions, in order, after a sequence number.
    func auditEvents(after sequence: Int64?, limit: Int) async throws -> [AuditEvent]

    /// Held columns from moderated sources, oldest first, filtered and paged by `query` (see
    /// ``QueueQuery``: a filter on rules or scores skips the columns never judged).
    func heldColumns(_ query: QueueQuery) async throws -> [HeldColumn]

    /// How many columns are held.
    func heldColumnCount() async throws -> Int

    /// A column by its row id, as the queue shows it, whatever its status now (a held column's
    /// page keeps working after the decision).
    func heldColumn(rowID: Int64) async throws -> HeldColumn?

    /// The audit trail of one subject (a column's queue id `column-12`, or an author mark's id),
    /// oldest first.
    func auditEvents(of subject: AuditEvent.Subject, id: String) async throws -> [AuditEvent]

    /// Applies a moderator's decision to held columns in one transaction, each recorded in the
    /// audit trail: approve (or ham) publishes a column into the feeds, reject (or spam) keeps it
    /// out. A column that is no longer held is a conflict; teaches no learning rule.
    func decideColumns(rowIDs: [Int64], action: ModeratorAction, actor: String, note: String?, at date: Date) async throws
        -> [ColumnDecisionResult]
}

extension StempelStore {
    /// Stores a judged comment without an idempotency key.
    public func insertComment(_ comment: StoredComment) async throws {
        try await insertComment(comment, idempotencyKey: nil)
    }

    /// Decides one held comment.
    public func decide(commentID: String, action: ModeratorAction, actor: String, note: String? = nil, at date: Date = Date())
        async throws -> DecisionResult
    {
        try await decide(commentIDs: [commentID], action: action, actor: actor, note: note, expecting: .held, at: date, learners: [])[0]
    }

    /// The moderation queue: held comments and held columns merged, oldest first, paged by the
    /// same cursor (the creation time and id of the last item seen).
    public func moderationQueue(_ query: QueueQuery) async throws -> [QueueItem] {
        // Each kind gives at most a page after the cursor; the page is the first `limit` of both.
        async let comments = heldQueue(query)
        async let columns = heldColumns(query)
        let merged = try await comments.map(QueueItem.comment) + columns.map(QueueItem.column)
        return Array(merged.sorted(by: QueueItem.precedes).prefix(query.limit))
    }

    /// Teaches a learning rule one labelled example.
    public func learn(rule: String, features: Set<String>, label: TrainingLabel) async throws {
        try await learn(rule: rule, examples: [(features, label)], delta: 1)
    }
}

/// A learning rule as the store needs it: its identifier and how it turns a submission into features.
public struct Learner: Sendable {
    /// The rule's identifier.
    public let rule: String
    /// The rule's `features(of:)`.
    public let features: @Sendable (Submission) -> Set<String>

    /// Creates a learner.
    public init(rule: String, features: @escaping @Sendable (Submission) -> Set<String>) {
        self.rule = rule
        self.features = features
    }
}
