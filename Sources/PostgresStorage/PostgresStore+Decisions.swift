import Foundation
import Moderation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresStore {
    public func decide(
        commentIDs: [String],
        action: ModeratorAction,
        actor: String,
        note: String?,
        expecting expected: ModerationStatus,
        at date: Date,
        learners: [Learner]
    ) async throws -> [DecisionResult] {
        let results = try await transaction { connection in
            try await lockAuditTrailForWriting(connection)
            // Every comment's row is locked first, in one order: two bulk decisions naming the
            // same comments in different orders wait for each other instead of deadlocking.
            try await connection.execute("SELECT id FROM comments WHERE id = ANY(\(commentIDs)) ORDER BY id FOR UPDATE", logger: logger)
            var touchedColumns = Set<Int64>()
            var results: [DecisionResult] = []
            for id in commentIDs {
                let (result, columnID) = try await decide(
                    id, action: action, actor: actor, note: note, expected: expected, at: date, connection)
                if let columnID { touchedColumns.insert(columnID) }
                results.append(result)
            }
            let decided = results.compactMap { result -> Submission? in
                if case .decided(let comment) = result { return comment.submission }
                return nil
            }
            if let label = action.trainingLabel, !decided.isEmpty {
                for learner in learners {
                    try await learn(rule: learner.rule, examples: decided.map { (learner.features($0), label) }, delta: 1, connection)
                }
            }
            // A decision can move a comment into or out of the published thread: recount once per column.
            for columnID in touchedColumns.sorted() {
                try await recountApprovedComments(columnID: columnID, connection)
            }
            if !decided.isEmpty { try await notifyChange(connection) }
            return results
        }
        if results.contains(where: { if case .decided = $0 { true } else { false } }) {
            publishedChanges.bump()
        }
        return results
    }

    /// Decides one comment; answers the result and, when it changed, its column.
    private func decide(
        _ id: String,
        action: ModeratorAction,
        actor: String,
        note: String?,
        expected: ModerationStatus,
        at date: Date,
        _ connection: PostgresConnection
    ) async throws -> (DecisionResult, Int64?) {
        // FOR UPDATE: two instances deciding the same comment at once see each other's decision.
        guard let row = try await connection.row("SELECT status, column_id FROM comments WHERE id = \(id) FOR UPDATE", logger: logger) else {
            return (.notFound, nil)
        }
        let current = ModerationStatus(rawValue: try row.get("status")) ?? .held
        if current == action.status { return (.unchanged(try await loadComment(id: id, connection)!), nil) }
        guard current == expected else {
            return (.conflict(try await loadComment(id: id, connection)!, lastDecision: try await lastDecision(on: id, connection)), nil)
        }
        try await connection.query("UPDATE comments SET status = \(action.status.rawValue), updated_at = \(date) WHERE id = \(id)", logger: logger)
        try await connection.query(
            """
            INSERT INTO decisions (comment_id, actor, action, from_status, to_status, note, decided_at)
            VALUES (\(id), \(actor), \(action.rawValue), \(current.rawValue), \(action.status.rawValue), \(note), \(date))
            """,
            logger: logger
        )
        return (.decided(try await loadComment(id: id, connection)!), try row.get("column_id", as: Int64.self))
    }

    func lastDecision(on id: String, _ connection: PostgresConnection) async throws -> AuditEntry? {
        try await connection.row("SELECT * FROM decisions WHERE comment_id = \(id) ORDER BY id DESC LIMIT 1", logger: logger)
            .map(PostgresRows.auditEntry(from:))
    }

    /// Recounts a column's approved comments and its newest one after statuses changed.
    func recountApprovedComments(columnID: Int64, _ connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE columns SET
                approved_comment_count = (SELECT COUNT(*) FROM comments WHERE column_id = \(columnID) AND status = 'approved'),
                last_comment_at = (SELECT MAX(created_at) FROM comments WHERE column_id = \(columnID) AND status = 'approved')
            WHERE id = \(columnID)
            """,
            logger: logger
        )
    }

    /// Read under the audit trail's lock (``lockAuditTrailForReading(_:)``): ids are handed out
    /// before commit, so without it a page could end at a decision whose lower neighbour commits
    /// later, and the next page (`after` that id) would never show the neighbour.
    public func auditLog(after sequence: Int64?, limit: Int) async throws -> [AuditEntry] {
        try await transaction { connection in
            try await lockAuditTrailForReading(connection)
            return try await connection.rows("SELECT * FROM decisions WHERE id > \(sequence ?? 0) ORDER BY id LIMIT \(limit)", logger: logger)
                .map(PostgresRows.auditEntry(from:))
        }
    }

    public func decisions(forComment id: String) async throws -> [AuditEntry] {
        try await read { connection in
            try await connection.rows("SELECT * FROM decisions WHERE comment_id = \(id) ORDER BY id", logger: logger)
                .map(PostgresRows.auditEntry(from:))
        }
    }

    public func heldQueue(_ query: QueueQuery) async throws -> [StoredComment] {
        guard query.kind != .column else { return [] }
        var conditions = ["comments.status = 'held'"]
        var binds = PostgresBindings()
        func bind(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
            try binds.append(value)
            return "$\(binds.count)"
        }
        if let source = query.source {
            conditions.append(
                "EXISTS (SELECT 1 FROM source_comments WHERE source_comments.comment_id = comments.id AND source_comments.source_id = \(try bind(source)))"
            )
        }
        if let column = query.column {
            conditions.append("columns.slug = \(try bind(column))")
        }
        if let rule = query.rule {
            conditions.append("comments.findings::jsonb @> jsonb_build_array(jsonb_build_object('rule', \(try bind(rule))::text))")
        }
        if let minimum = query.minimumScore {
            conditions.append("comments.total_score >= \(try bind(minimum))")
        }
        if let author = query.author {
            conditions.append("(comments.author_name = \(try bind(author)) OR comments.author_email = \(try bind(author.lowercased())))")
        }
        if let after = query.after {
            // Byte by byte, whatever the database's collation: the cursor may be a column's id
            // (`column-12`) from the merged queue, ordered as `QueueItem` orders them.
            conditions.append(Self.queueRows(after: after, time: "comments.created_at", id: "comments.id COLLATE \"C\"", binds: &binds))
        }
        let sql =
            PostgresRows.commentSelect + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY comments.created_at, comments.id COLLATE \"C\" LIMIT \(try bind(query.limit))"
        let statement = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try await read { connection in try await connection.rows(statement, logger: logger).map(PostgresRows.comment(from:)) }
    }

    public func heldCount() async throws -> Int {
        try await read { connection in
            try await connection.value(Int.self, "SELECT COUNT(*) FROM comments WHERE status = 'held'", logger: logger) ?? 0
        }
    }

    public func labelledSubmissions() async throws -> [(submission: Submission, label: TrainingLabel)] {
        let rows = try await read { connection in
            // The latest moderator decision per comment; the rules' own verdicts teach nothing.
            try await connection.rows(
                """
                SELECT comments.*, columns.slug AS column_slug, latest.action AS latest_action
                FROM comments JOIN columns ON columns.id = comments.column_id
                JOIN (SELECT DISTINCT ON (comment_id) comment_id, action FROM decisions WHERE actor <> 'rules'
                      ORDER BY comment_id, id DESC) AS latest
                  ON latest.comment_id = comments.id
                ORDER BY comments.created_at
                """,
                logger: logger
            ).compactMap { row -> StoredLabel? in
                // An undone decision (latest action `undo`) teaches nothing.
                guard let label = ModeratorAction(rawValue: try row.get("latest_action"))?.trainingLabel else { return nil }
                return StoredLabel(submission: try PostgresRows.comment(from: row).submission, label: label)
            }
        }
        return rows.map { ($0.submission, $0.label) }
    }
}

/// A labelled submission as it leaves a connection (tuples are not `Sendable` results).
private struct StoredLabel: Sendable {
    let submission: Submission
    let label: TrainingLabel
}
