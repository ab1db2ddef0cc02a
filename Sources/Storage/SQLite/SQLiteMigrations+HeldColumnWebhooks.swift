import GRDB

extension SQLiteMigrations {
    /// A held column keeps the rules' findings and score, as a comment does; the webhook outbox
    /// announces held columns too: a delivery is for a comment or for a column (exactly one), and
    /// the outbox keeps a second position, in `audit_events`, where ingestion records each column
    /// it holds.
    static func registerHeldColumnWebhooks(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 held column findings and webhooks") { db in
            // NULL for a column the rules never judged (a trusted source's, a sample feed's).
            try db.alter(table: "columns") { table in
                table.add(column: "findings", .jsonText)
                table.add(column: "total_score", .double)
            }
            // 0 is right for existing databases: no column was recorded as held before this.
            try db.alter(table: "webhook_position") { table in table.add(column: "last_event_id", .integer).notNull().defaults(to: 0) }
            // SQLite cannot drop a NOT NULL: the table is made again (it holds pending deliveries only).
            try db.create(table: "new_webhook_deliveries") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("comment_id", .text).references("comments", onDelete: .cascade)
                table.column("payload", .text).notNull()
                table.column("attempts", .integer).notNull().defaults(to: 0)
                table.column("last_error", .text)
                // NULL once given up: kept for an admin to read, never sent again.
                table.column("next_attempt_at", .datetime)
                table.column("created_at", .datetime).notNull()
                table.column("column_id", .integer).references("columns", onDelete: .cascade)
                table.check(sql: "(comment_id IS NULL) <> (column_id IS NULL)")
            }
            try db.execute(
                sql: """
                    INSERT INTO new_webhook_deliveries (id, comment_id, payload, attempts, last_error, next_attempt_at, created_at)
                    SELECT id, comment_id, payload, attempts, last_error, next_attempt_at, created_at FROM webhook_deliveries
                    """)
            try db.drop(table: "webhook_deliveries")
            try db.rename(table: "new_webhook_deliveries", to: "webhook_deliveries")
            try db.create(index: "webhook_deliveries_by_due", on: "webhook_deliveries", columns: ["next_attempt_at"])
            // A held column's page reads its trail.
            try db.create(index: "audit_events_by_subject", on: "audit_events", columns: ["subject_id"])
        }
    }
}
