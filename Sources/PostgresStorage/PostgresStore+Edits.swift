import Foundation
import Moderation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresStore {
    public func edit(commentID id: String, body: String, actor: String, note: String?, at date: Date) async throws -> DecisionResult {
        let result = try await transaction { connection -> DecisionResult in
            try await lockAuditTrailForWriting(connection)
            guard try await connection.row("SELECT 1 FROM comments WHERE id = \(id) FOR UPDATE", logger: logger) != nil,
                let comment = try await loadComment(id: id, connection)
            else { return .notFound }
            guard comment.submission.body != body else { return .unchanged(comment) }
            // The hash and the shingles follow the body, so that the duplicates rule compares what is published.
            try await connection.query(
                """
                UPDATE comments SET body = \(body), body_hash = \(BodyHash.of(body)), shingles = \(ShingleBlob.encode(ShingleFingerprint(body))),
                                    updated_at = \(date)
                WHERE id = \(id)
                """,
                logger: logger)
            try await connection.query(
                """
                INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at, original_body)
                VALUES (\(id), \(actor), 'edit', \(comment.status.rawValue), \(comment.status.rawValue), \(note), \(date), \(comment.submission.body))
                """,
                logger: logger
            )
            // An edited approved comment reads differently in the feeds.
            try await notifyChange(connection)
            return .decided(try await loadComment(id: id, connection) ?? comment)
        }
        if case .decided = result {
            publishedChanges.bump()
        }
        return result
    }

    public func undoLastDecision(commentID id: String, actor: String, at date: Date, learners: [Learner]) async throws -> UndoResult {
        let result = try await transaction { connection -> UndoResult in
            try await lockAuditTrailForWriting(connection)
            guard let row = try await connection.row("SELECT status, column_id FROM comments WHERE id = \(id) FOR UPDATE", logger: logger) else {
                return .notFound
            }
            let current = ModerationStatus(rawValue: try row.get("status")) ?? .held
            let last = try await lastDecision(on: id, connection)
            guard let last, last.actor != "rules", let action = ModeratorAction(rawValue: last.action), let previous = last.fromStatus,
                last.toStatus == current
            else { return .nothingToUndo(try await loadComment(id: id, connection)!) }
            try await connection.query(
                "UPDATE comments SET status = \(previous.rawValue), updated_at = \(date) WHERE id = \(id)", logger: logger)
            let undoNote = "undoes #\(last.sequence) (\(last.action) by \(last.actor))"
            try await connection.query(
                """
                INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at)
                VALUES (\(id), \(actor), 'undo', \(current.rawValue), \(previous.rawValue), \(undoNote), \(date))
                """,
                logger: logger
            )
            // What the decision taught is taken back in the same transaction.
            if let label = action.trainingLabel {
                let submission = try await loadComment(id: id, connection)!.submission
                for learner in learners {
                    try await learn(rule: learner.rule, examples: [(learner.features(submission), label)], delta: -1, connection)
                }
            }
            try await recountApprovedComments(columnID: try row.get("column_id"), connection)
            try await notifyChange(connection)
            return .undone(try await loadComment(id: id, connection)!, undone: last)
        }
        if case .undone = result {
            publishedChanges.bump()  // an undone approval or rejection changes what the feeds show
        }
        return result
    }
}
