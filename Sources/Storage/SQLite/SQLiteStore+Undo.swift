import Foundation
import GRDB
import Moderation
import ModerationKit

extension SQLiteStore {
    public func undoLastDecision(commentID id: String, actor: String, at date: Date, learners: [Learner]) async throws -> UndoResult {
        let result = try await writer.write { db -> UndoResult in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, column_id FROM comments WHERE id = ?", arguments: [id]) else {
                return .notFound
            }
            let load = {
                try Row.fetchOne(db, sql: SQLiteRows.commentSelect + " WHERE comments.id = ?", arguments: [id]).map(SQLiteRows.comment(from:))!
            }
            let current = ModerationStatus(rawValue: row["status"]) ?? .held
            let last = try Row.fetchOne(db, sql: "SELECT * FROM decisions WHERE comment_id = ? ORDER BY id DESC LIMIT 1", arguments: [id])
                .map(Self.auditEntry(from:))
            guard let last, last.actor != "rules", let action = ModeratorAction(rawValue: last.action), let previous = last.fromStatus,
                last.toStatus == current
            else { return .nothingToUndo(try load()) }
            try db.execute(sql: "UPDATE comments SET status = ?, updated_at = ? WHERE id = ?", arguments: [previous.rawValue, date, id])
            try db.execute(
                sql: "INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at) VALUES (?, ?, 'undo', ?, ?, ?, ?)",
                arguments: [id, actor, current.rawValue, previous.rawValue, "undoes #\(last.sequence) (\(last.action) by \(last.actor))", date]
            )
            // What the decision taught is taken back in the same transaction.
            if let label = action.trainingLabel {
                let submission = try load().submission
                for learner in learners {
                    try Self.learn(rule: learner.rule, examples: [(learner.features(submission), label)], delta: -1, db: db)
                }
            }
            let columnID: Int64 = row["column_id"]
            try Self.recountApprovedComments(columnID: columnID, db: db)
            return .undone(try load(), undone: last)
        }
        if case .undone = result {
            publishedChanges.bump()  // an undone approval or rejection changes what the feeds show
        }
        return result
    }
}
