import GRDB

extension SQLiteMigrations {
    /// Authors marked trusted or blocked, and the audit trail of what is not a comment.
    static func registerAuthors(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 author marks") { db in
            try db.create(table: "author_marks") { table in
                table.autoIncrementedPrimaryKey("id")
                // email (a SHA-256: the address is never kept), address or network.
                table.column("kind", .text).notNull()
                table.column("value", .text).notNull()
                table.column("standing", .text).notNull()
                table.column("note", .text)
                table.column("marked_by", .text).notNull()
                table.column("marked_at", .datetime).notNull()
            }
            // Value first: judging a comment asks for its hash, address and network at once
            // (`value IN (…)`), one indexed lookup whatever the kinds.
            try db.create(index: "author_marks_by_value", on: "author_marks", columns: ["value", "kind"], unique: true)
            // The decisions table belongs to comments (its comment_id is required); marks and
            // decisions on held columns are audited here, with the state before and after.
            try db.create(table: "audit_events") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("subject", .text).notNull()
                table.column("subject_id", .text).notNull()
                table.column("actor", .text).notNull()
                table.column("action", .text).notNull()
                table.column("before", .jsonText)
                table.column("after", .jsonText)
                table.column("note", .text)
                table.column("at", .datetime).notNull()
            }
        }
    }
}
