import Foundation
import GRDB
import Moderation
import ModerationKit

extension SQLiteStore {
    public func decide(commentID: String, action: ModeratorAction, actor: String, note: String?, at date: Date) async throws -> StoredComment? {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, column_id FROM comments WHERE id = ?", arguments: [commentID]) else {
                return nil
            }
            let previous: String = row["status"]
            let columnID: Int64 = row["column_id"]
            try db.execute(
                sql: "UPDATE comments SET status = ?, updated_at = ? WHERE id = ?",
                arguments: [action.status.rawValue, date, commentID]
            )
            try db.execute(
                sql: "INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [commentID, actor, action.rawValue, previous, action.status.rawValue, note, date]
            )
            // A decision can move a comment into or out of the published thread: recount it.
            try db.execute(
                sql: """
                    UPDATE columns SET
                        approved_comment_count = (SELECT COUNT(*) FROM comments WHERE column_id = ?1 AND status = 'approved'),
                        last_comment_at = (SELECT MAX(created_at) FROM comments WHERE column_id = ?1 AND status = 'approved')
                    WHERE id = ?1
                    """,
                arguments: [columnID]
            )
            return try Row.fetchOne(db, sql: SQLiteRows.commentSelect + " WHERE comments.id = ?", arguments: [commentID])
                .map(SQLiteRows.comment(from:))
        }
    }

    public func labelledSubmissions() async throws -> [(submission: Submission, label: TrainingLabel)] {
        try await reader.read { db in
            // The latest moderator decision per comment; the rules' own verdicts teach nothing.
            let rows = try Row.fetchAll(
                db,
                sql: SQLiteRows.commentSelect + """
                     JOIN (SELECT comment_id, action, MAX(id) FROM decisions WHERE actor != 'rules' GROUP BY comment_id) AS latest
                       ON latest.comment_id = comments.id
                    ORDER BY comments.created_at
                    """
            )
            return try rows.compactMap { row in
                guard let label = ModeratorAction(rawValue: row["action"])?.trainingLabel else { return nil }
                return (try SQLiteRows.comment(from: row).submission, label)
            }
        }
    }

    public func resetLearning(rule: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM learned_examples WHERE rule = ?", arguments: [rule])
            try db.execute(sql: "DELETE FROM learned_features WHERE rule = ?", arguments: [rule])
        }
    }
}
