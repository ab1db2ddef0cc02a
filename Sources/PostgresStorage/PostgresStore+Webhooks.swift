import Foundation
import PostgresNIO
import Storage

extension PostgresStore: WebhookOutbox {
    public func enqueueHeldSubmissions(at date: Date, limit: Int, payload: @Sendable (QueueItem) throws -> String) async throws -> Int {
        try await transaction { connection in
            // No transaction that writes the audit trail is in flight now, and none starts until
            // this one ends: every id below the position read is committed, none is skipped.
            try await lockAuditTrailForReading(connection)
            guard
                let position = try await connection.row(
                    "SELECT last_decision_id, last_event_id FROM webhook_position WHERE id = 1 FOR UPDATE", logger: logger)
            else {
                let decisionsEnd = try await connection.value(Int64.self, "SELECT MAX(id) FROM decisions", logger: logger) ?? 0
                let eventsEnd = try await connection.value(Int64.self, "SELECT MAX(id) FROM audit_events", logger: logger) ?? 0
                try await connection.query(
                    """
                    INSERT INTO webhook_position (id, last_decision_id, last_event_id) VALUES (1, \(decisionsEnd), \(eventsEnd))
                    ON CONFLICT (id) DO NOTHING
                    """,
                    logger: logger)
                return 0
            }
            let comments = try await enqueueHeldComments(
                after: try position.get("last_decision_id"), limit: limit, at: date, payload: payload, connection)
            let columns = try await enqueueHeldColumns(after: try position.get("last_event_id"), limit: limit, at: date, payload: payload, connection)
            return comments + columns
        }
    }

    private func enqueueHeldComments(
        after position: Int64, limit: Int, at date: Date, payload: (QueueItem) throws -> String, _ connection: PostgresConnection
    ) async throws -> Int {
        // Every decision moves the position, the ones that announce nothing too.
        let rows = try await connection.rows(
            "SELECT id, comment_id, actor, to_status FROM decisions WHERE id > \(position) ORDER BY id LIMIT \(limit)", logger: logger)
        guard let last = try rows.last?.get("id", as: Int64.self) else { return 0 }
        var added = 0
        for row in rows {
            guard try row.get("actor", as: String.self) == "rules", try row.get("to_status", as: String.self) == "held" else { continue }
            let id: String = try row.get("comment_id")
            guard let comment = try await loadComment(id: id, connection) else { continue }
            try await connection.query(
                """
                INSERT INTO webhook_deliveries (comment_id, payload, next_attempt_at, created_at)
                VALUES (\(id), \(try payload(.comment(comment))), \(date), \(comment.createdAt))
                """,
                logger: logger
            )
            added += 1
        }
        try await connection.query("UPDATE webhook_position SET last_decision_id = \(last) WHERE id = 1", logger: logger)
        return added
    }

    /// Columns are recorded as held in `audit_events` (subject `column`, actor `rules`, action
    /// `held`) by the poll that stored them, under the same shared lock as comment decisions.
    private func enqueueHeldColumns(
        after position: Int64, limit: Int, at date: Date, payload: (QueueItem) throws -> String, _ connection: PostgresConnection
    ) async throws -> Int {
        // Every event moves the position, the ones that announce nothing too.
        let rows = try await connection.rows(
            "SELECT id, subject, subject_id, actor, action FROM audit_events WHERE id > \(position) ORDER BY id LIMIT \(limit)", logger: logger)
        guard let last = try rows.last?.get("id", as: Int64.self) else { return 0 }
        var added = 0
        for row in rows {
            guard try row.get("subject", as: String.self) == AuditEvent.Subject.column.rawValue,
                try row.get("actor", as: String.self) == "rules", try row.get("action", as: String.self) == "held",
                let rowID = HeldColumn.rowID(fromQueueID: try row.get("subject_id", as: String.self)),
                let found = try await connection.row(
                    PostgresQuery(unsafeSQL: Self.heldColumnSelect + " WHERE columns.id = $1", binds: Self.bindings(rowID)), logger: logger)
            else { continue }
            let column = try Self.heldColumn(from: found)
            try await connection.query(
                """
                INSERT INTO webhook_deliveries (column_id, payload, next_attempt_at, created_at)
                VALUES (\(rowID), \(try payload(.column(column))), \(date), \(column.createdAt))
                """,
                logger: logger
            )
            added += 1
        }
        try await connection.query("UPDATE webhook_position SET last_event_id = \(last) WHERE id = 1", logger: logger)
        return added
    }

    public func dueWebhookDeliveries(at date: Date, limit: Int) async throws -> [WebhookDelivery] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM webhook_deliveries WHERE next_attempt_at <= \(date) ORDER BY next_attempt_at, id LIMIT \(limit)", logger: logger
            ).map(Self.delivery(from:))
        }
    }

    public func nextWebhookAttempt() async throws -> Date? {
        try await read { connection in
            try await connection.value(Date.self, "SELECT MIN(next_attempt_at) FROM webhook_deliveries", logger: logger)
        }
    }

    public func markWebhookDelivered(id: Int64) async throws {
        try await read { connection in try await connection.execute("DELETE FROM webhook_deliveries WHERE id = \(id)", logger: logger) }
    }

    public func markWebhookFailed(id: Int64, error: String, retryAt: Date?) async throws {
        try await read { connection in
            try await connection.execute(
                """
                UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = \(String(error.prefix(500))),
                       next_attempt_at = \(retryAt) WHERE id = \(id)
                """,
                logger: logger
            )
        }
    }

    public func failedWebhookDeliveries(limit: Int) async throws -> [WebhookDelivery] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM webhook_deliveries WHERE next_attempt_at IS NULL ORDER BY id DESC LIMIT \(limit)", logger: logger
            ).map(Self.delivery(from:))
        }
    }

    public func retryWebhookDelivery(id: Int64, at date: Date) async throws -> WebhookRetryResult {
        try await transaction { connection in
            guard let row = try await connection.row("SELECT * FROM webhook_deliveries WHERE id = \(id) FOR UPDATE", logger: logger) else {
                return .notFound
            }
            guard try row.get("next_attempt_at", as: Date?.self) == nil else { return .stillPending(try Self.delivery(from: row)) }
            try await connection.execute("UPDATE webhook_deliveries SET attempts = 0, next_attempt_at = \(date) WHERE id = \(id)", logger: logger)
            var delivery = try Self.delivery(from: row)
            delivery.attempts = 0
            return .scheduled(delivery)
        }
    }

    private static func delivery(from row: PostgresRandomAccessRow) throws -> WebhookDelivery {
        let columnID = try row.get("column_id", as: Int64?.self)
        return WebhookDelivery(
            id: try row.get("id"), submissionID: try columnID.map { HeldColumn.idPrefix + String($0) } ?? row.get("comment_id", as: String.self),
            payload: try row.get("payload"), attempts: try row.get("attempts"), lastError: try row.get("last_error"),
            createdAt: try row.get("created_at"))
    }
}
