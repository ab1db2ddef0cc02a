import GRDB

extension SQLiteMigrations {
    /// The webhook outbox: where in the audit trail it has read, and the deliveries not yet taken.
    static func registerWebhooks(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 webhook deliveries") { db in
            try db.create(table: "webhook_position") { table in
                // One row: the last `decisions.id` the outbox has looked at.
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("last_decision_id", .integer).notNull()
            }
            try db.create(table: "webhook_deliveries") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("comment_id", .text).notNull().references("comments", onDelete: .cascade)
                table.column("payload", .text).notNull()
                table.column("attempts", .integer).notNull().defaults(to: 0)
                table.column("last_error", .text)
                // NULL once given up: kept for an admin to read, never sent again.
                table.column("next_attempt_at", .datetime)
                table.column("created_at", .datetime).notNull()
            }
            try db.create(index: "webhook_deliveries_by_due", on: "webhook_deliveries", columns: ["next_attempt_at"])
        }
    }
}
