import Foundation
import GRDB
import Moderation
import ModerationKit

extension SQLiteStore {
    public func edit(commentID id: String, body: String, actor: String, note: String?, at date: Date) async throws -> DecisionResult {
        let result = try await writer.write { db -> DecisionResult in
            let load = {
                try Row.fetchOne(db, sql: SQLiteRows.commentSelect + " WHERE comments.id = ?", arguments: [id]).map(SQLiteRows.comment(from:))
            }
            guard let comment = try load() else { return .notFound }
            guard comment.submission.body != body else { return .unchanged(comment) }
            // The hash and the shingles follow the body, so that the duplicates rule compares what is published.
            try db.execute(
                sql: "UPDATE comments SET body = ?, body_hash = ?, shingles = ?, updated_at = ? WHERE id = ?",
                arguments: [body, BodyHash.of(body), ShingleBlob.encode(ShingleFingerprint(body)), date, id])
            try db.execute(
                sql: """
                    INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at, original_body)
                    VALUES (?, ?, 'edit', ?, ?, ?, ?, ?)
                    """,
                arguments: [id, actor, comment.status.rawValue, comment.status.rawValue, note, date, comment.submission.body]
            )
            return .decided(try load() ?? comment)
        }
        if case .decided = result {
            publishedChanges.bump()  // an edited approved comment reads differently in the feeds
        }
        return result
    }
}
