import Foundation
import GRDB

extension SQLiteStore: WebhookOutbox {
    public func enqueueHeldSubmissions(at date: Date, limit: Int, payload: @Sendable (QueueItem) throws -> String) async throws -> Int {
        try await writer.write { db in
            guard let position = try Row.fetchOne(db, sql: "SELECT last_decision_id, last_event_id FROM webhook_position WHERE id = 1") else {
                let decisionsEnd = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM decisions") ?? 0
                let eventsEnd = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit_events") ?? 0
                try db.execute(
                    sql: "INSERT INTO webhook_position (id, last_decision_id, last_event_id) VALUES (1, ?, ?)", arguments: [decisionsEnd, eventsEnd])
                return 0
            }
            let added = try Self.enqueueHeldComments(after: position["last_decision_id"], limit: limit, at: date, payload: payload, db: db)
            return try added + Self.enqueueHeldColumns(after: position["last_event_id"], limit: limit, at: date, payload: payload, db: db)
        }
    }

    private static func enqueueHeldComments(
        after position: Int64, limit: Int, at date: Date, payload: (QueueItem) throws -> String, db: Database
    ) throws -> Int {
        // Every decision moves the position, the ones that announce nothing too.
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, comment_id, actor, to_status FROM decisions WHERE id > ? ORDER BY id LIMIT ?", arguments: [position, limit])
        guard let last = rows.last?["id"] as Int64? else { return 0 }
        var added = 0
        for row in rows where row["actor"] == "rules" && row["to_status"] == "held" {
            let id: String = row["comment_id"]
            guard let found = try Row.fetchOne(db, sql: SQLiteRows.commentSelect + " WHERE comments.id = ?", arguments: [id]) else { continue }
            let comment = try SQLiteRows.comment(from: found)
            try db.execute(
                sql: "INSERT INTO webhook_deliveries (comment_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?)",
                arguments: [id, try payload(.comment(comment)), date, comment.createdAt]
            )
            added += 1
        }
        try db.execute(sql: "UPDATE webhook_position SET last_decision_id = ? WHERE id = 1", arguments: [last])
        return added
    }

    /// Columns are recorded as held in `audit_events` (subject `column`, actor `rules`, action
    /// `held`) by the poll that stored them.
    private static func enqueueHeldColumns(
        after position: Int64, limit: Int, at date: Date, payload: (QueueItem) throws -> String, db: Database
    ) throws -> Int {
        // Every event moves the position, the ones that announce nothing too.
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, subject, subject_id, actor, action FROM audit_events WHERE id > ? ORDER BY id LIMIT ?", arguments: [position, limit])
        guard let last = rows.last?["id"] as Int64? else { return 0 }
        var added = 0
        for row in rows where row["subject"] == AuditEvent.Subject.column.rawValue && row["actor"] == "rules" && row["action"] == "held" {
            guard let rowID = HeldColumn.rowID(fromQueueID: row["subject_id"]),
                let found = try Row.fetchOne(db, sql: heldColumnSelect + " WHERE columns.id = ?", arguments: [rowID])
            else { continue }
            let column = heldColumn(from: found)
            try db.execute(
                sql: "INSERT INTO webhook_deliveries (column_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?)",
                arguments: [rowID, try payload(.column(column)), date, column.createdAt]
            )
            added += 1
        }
        try db.execute(sql: "UPDATE webhook_position SET last_event_id = ? WHERE id = 1", arguments: [last])
        return added
    }

    public func dueWebhookDeliveries(at date: Date, limit: Int) async throws -> [WebhookDelivery] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM webhook_deliveries WHERE next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                arguments: [date, limit]
            ).map(Self.delivery(from:))
        }
    }

    public func nextWebhookAttempt() async throws -> Date? {
        try await reader.read { db in try Date.fetchOne(db, sql: "SELECT MIN(next_attempt_at) FROM webhook_deliveries") }
    }

    public func markWebhookDelivered(id: Int64) async throws {
        try await writer.write { db in try db.execute(sql: "DELETE FROM webhook_deliveries WHERE id = ?", arguments: [id]) }
    }

    public func markWebhookFailed(id: Int64, error: String, retryAt: Date?) async throws {
        try await writer.write { db in
            try db.execute(
                sql: "UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
                arguments: [String(error.prefix(500)), retryAt, id]
            )
        }
    }

    public func failedWebhookDeliveries(limit: Int) async throws -> [WebhookDelivery] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM webhook_deliveries WHERE next_attempt_at IS NULL ORDER BY id DESC LIMIT ?", arguments: [limit])
                .map(Self.delivery(from:))
        }
    }

    public func retryWebhookDelivery(id: Int64, at date: Date) async throws -> WebhookRetryResult {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM webhook_deliveries WHERE id = ?", arguments: [id]) else { return .notFound }
            guard (row["next_attempt_at"] as Date?) == nil else { return .stillPending(Self.delivery(from: row)) }
            try db.execute(sql: "UPDATE webhook_deliveries SET attempts = 0, next_attempt_at = ? WHERE id = ?", arguments: [date, id])
            var delivery = Self.delivery(from: row)
            delivery.attempts = 0
            return .scheduled(delivery)
        }
    }

    private static func delivery(from row: Row) -> WebhookDelivery {
        let columnID: Int64? = row["column_id"]
        return WebhookDelivery(
            id: row["id"], submissionID: columnID.map { HeldColumn.idPrefix + String($0) } ?? row["comment_id"], payload: row["payload"],
            attempts: row["attempts"], lastError: row["last_error"], createdAt: row["created_at"])
    }
}
