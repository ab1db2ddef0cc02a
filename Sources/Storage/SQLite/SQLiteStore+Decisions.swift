import Foundation
import GRDB
import Moderation
import ModerationKit

extension SQLiteStore {
    public func decide(
        commentIDs: [String],
        action: ModeratorAction,
        actor: String,
        note: String?,
        expecting expected: ModerationStatus,
        at date: Date,
        learners: [Learner]
    ) async throws -> [DecisionResult] {
        let results = try await writer.write { db in
            var touchedColumns = Set<Int64>()
            let results = try commentIDs.map { id in
                try Self.decide(id, action: action, actor: actor, note: note, expected: expected, at: date, db: db, touched: &touchedColumns)
            }
            if let label = action.trainingLabel {
                let decided = results.compactMap { result -> Submission? in
                    if case .decided(let comment) = result { return comment.submission }
                    return nil
                }
                for learner in learners where !decided.isEmpty {
                    try Self.learn(rule: learner.rule, examples: decided.map { (learner.features($0), label) }, delta: 1, db: db)
                }
            }
            // A decision can move a comment into or out of the published thread: recount once per column.
            for columnID in touchedColumns {
                try Self.recountApprovedComments(columnID: columnID, db: db)
            }
            return results
        }
        if results.contains(where: { if case .decided = $0 { true } else { false } }) {
            publishedChanges.bump()
        }
        return results
    }

    private static func decide(
        _ id: String,
        action: ModeratorAction,
        actor: String,
        note: String?,
        expected: ModerationStatus,
        at date: Date,
        db: Database,
        touched: inout Set<Int64>
    ) throws -> DecisionResult {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, column_id FROM comments WHERE id = ?", arguments: [id]) else {
            return .notFound
        }
        let current = ModerationStatus(rawValue: row["status"]) ?? .held
        let load = { try Row.fetchOne(db, sql: SQLiteRows.commentSelect + " WHERE comments.id = ?", arguments: [id]).map(SQLiteRows.comment(from:))! }
        if current == action.status { return .unchanged(try load()) }
        guard current == expected else { return .conflict(try load(), lastDecision: try lastDecision(on: id, db: db)) }
        try db.execute(sql: "UPDATE comments SET status = ?, updated_at = ? WHERE id = ?", arguments: [action.status.rawValue, date, id])
        try db.execute(
            sql: "INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [id, actor, action.rawValue, current.rawValue, action.status.rawValue, note, date]
        )
        touched.insert(row["column_id"])
        return .decided(try load())
    }

    private static func lastDecision(on id: String, db: Database) throws -> AuditEntry? {
        try Row.fetchOne(db, sql: "SELECT * FROM decisions WHERE comment_id = ? ORDER BY id DESC LIMIT 1", arguments: [id]).map(auditEntry(from:))
    }

    static func auditEntry(from row: Row) -> AuditEntry {
        AuditEntry(
            sequence: row["id"],
            commentID: row["comment_id"],
            actor: row["actor"],
            action: row["action"],
            fromStatus: (row["from_status"] as String?).flatMap(ModerationStatus.init(rawValue:)),
            toStatus: ModerationStatus(rawValue: row["to_status"]) ?? .held,
            note: row["note"],
            decidedAt: row["decided_at"],
            originalBody: row["original_body"]
        )
    }

    public func auditLog(after sequence: Int64?, limit: Int) async throws -> [AuditEntry] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM decisions WHERE id > ? ORDER BY id LIMIT ?",
                arguments: [sequence ?? 0, limit]
            ).map(Self.auditEntry(from:))
        }
    }

    public func heldQueue(_ query: QueueQuery) async throws -> [StoredComment] {
        guard query.kind != .column else { return [] }
        var conditions = ["comments.status = 'held'"]
        var arguments: StatementArguments = []
        if let source = query.source {
            conditions.append(
                "EXISTS (SELECT 1 FROM source_comments WHERE source_comments.comment_id = comments.id AND source_comments.source_id = ?)")
            arguments += [source]
        }
        if let column = query.column {
            conditions.append("columns.slug = ?")
            arguments += [column]
        }
        if let rule = query.rule {
            conditions.append("EXISTS (SELECT 1 FROM json_each(comments.findings) WHERE json_extract(value, '$.rule') = ?)")
            arguments += [rule]
        }
        if let minimum = query.minimumScore {
            conditions.append("comments.total_score >= ?")
            arguments += [minimum]
        }
        if let author = query.author {
            conditions.append("(comments.author_name = ? OR comments.author_email = ?)")
            arguments += [author, author.lowercased()]
        }
        if let after = query.after {
            conditions.append("(comments.created_at > ? OR (comments.created_at = ? AND comments.id > ?))")
            arguments += [after.createdAt, after.createdAt, after.id]
        }
        let sql =
            SQLiteRows.commentSelect + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY comments.created_at, comments.id LIMIT ?"
        arguments += [query.limit]
        let bound = arguments
        return try await reader.read { db in try Row.fetchAll(db, sql: sql, arguments: bound).map(SQLiteRows.comment(from:)) }
    }

    public func labelledSubmissions() async throws -> [(submission: Submission, label: TrainingLabel)] {
        try await reader.read { db in
            // The latest moderator decision per comment; the rules' own verdicts teach nothing.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT comments.*, columns.slug AS column_slug, latest.action AS latest_action
                    FROM comments JOIN columns ON columns.id = comments.column_id
                    JOIN (SELECT comment_id, action, MAX(id) FROM decisions WHERE actor != 'rules' GROUP BY comment_id) AS latest
                      ON latest.comment_id = comments.id
                    ORDER BY comments.created_at
                    """
            )
            return try rows.compactMap { row in
                // An undone decision (latest action `undo`) teaches nothing.
                guard let label = ModeratorAction(rawValue: row["latest_action"])?.trainingLabel else { return nil }
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

    /// Recounts a column's approved comments and its newest one after statuses changed, so that
    /// the feeds and the column list never count a thread.
    static func recountApprovedComments(columnID: Int64, db: Database) throws {
        try db.execute(
            sql: """
                UPDATE columns SET
                    approved_comment_count = (SELECT COUNT(*) FROM comments WHERE column_id = ?1 AND status = 'approved'),
                    last_comment_at = (SELECT MAX(created_at) FROM comments WHERE column_id = ?1 AND status = 'approved')
                WHERE id = ?1
                """,
            arguments: [columnID]
        )
    }
}
