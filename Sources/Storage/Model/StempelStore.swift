import Foundation
import ModerationKit

/// Everything Stempel keeps: columns, comments with their verdicts, and decisions.
///
/// Also answers the rules' questions about history (``SubmissionHistory``). The SQLite store
/// implements it; a PostgreSQL store can implement the same protocol.
public protocol StempelStore: SubmissionHistory {
    /// Inserts or updates columns by slug; returns how many were new.
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

    /// Stores a judged comment and the rules' decision on it, durably, before returning.
    ///
    /// - Throws: ``StoreError/unknownColumn(_:)`` when its column does not exist.
    func insertComment(_ comment: StoredComment) async throws

    /// A comment by id.
    func comment(id: String) async throws -> StoredComment?

    /// Teaches a learning rule labelled examples in one transaction; `delta: -1` takes them back
    /// (an undone decision). Counts never go below zero.
    func learn(rule: String, examples: [(features: Set<String>, label: TrainingLabel)], delta: Int) async throws

    /// Forgets everything a learning rule was taught.
    func resetLearning(rule: String) async throws

    /// Records a moderator's decision and applies it; nil when there is no such comment.
    func decide(commentID: String, action: ModeratorAction, actor: String, note: String?, at date: Date) async throws -> StoredComment?

    /// Every comment whose latest moderator decision teaches something, with what it teaches.
    func labelledSubmissions() async throws -> [(submission: Submission, label: TrainingLabel)]
}

extension StempelStore {
    /// Teaches a learning rule one labelled example.
    public func learn(rule: String, features: Set<String>, label: TrainingLabel) async throws {
        try await learn(rule: rule, examples: [(features, label)], delta: 1)
    }
}
