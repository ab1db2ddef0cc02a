import GRDB

extension SQLiteMigrations {
    /// Feed ingestion: subscribed sources with their polling state, and what came from each.
    static func registerSources(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 sources") { db in
            try db.create(table: "sources") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("url", .text).notNull().unique()
                table.column("name", .text).notNull()
                table.column("trust", .text).notNull()
                table.column("interval_seconds", .integer)
                table.column("follow_comments", .boolean).notNull().defaults(to: true)
                // A comment feed belongs to a column feed and a column; removing either removes it.
                table.column("parent_id", .integer).references("sources", onDelete: .cascade)
                table.column("column_id", .integer).references("columns", onDelete: .cascade)
                table.column("enabled", .boolean).notNull().defaults(to: true)
                table.column("etag", .text)
                table.column("last_modified", .text)
                table.column("last_fetch_at", .datetime)
                table.column("last_status", .text)
                table.column("last_error", .text)
                table.column("next_poll_at", .datetime)
                table.column("failure_count", .integer).notNull().defaults(to: 0)
                table.column("entries_seen", .integer).notNull().defaults(to: 0)
                table.column("created_at", .datetime).notNull()
            }
            try db.create(index: "sources_by_due", on: "sources", columns: ["enabled", "next_poll_at"])
            // Entries stay mapped to their columns when the source goes: its columns stay too.
            try db.create(table: "source_entries") { table in
                table.column("source_id", .integer).notNull().references("sources", onDelete: .cascade)
                table.column("entry_key", .text).notNull()
                table.column("column_id", .integer).notNull().references("columns", onDelete: .cascade)
                table.column("fingerprint", .text).notNull()
                table.primaryKey(["source_id", "entry_key"])
            }
            try db.create(index: "source_entries_by_column", on: "source_entries", columns: ["column_id"])
            try db.create(table: "source_comments") { table in
                table.column("source_id", .integer).notNull().references("sources", onDelete: .cascade)
                table.column("item_key", .text).notNull()
                table.column("comment_id", .text).notNull().references("comments", onDelete: .cascade)
                table.primaryKey(["source_id", "item_key"])
            }
            // Which source a column came from, kept when the source is removed.
            try db.alter(table: "columns") { table in
                table.add(column: "feed_source_name", .text)
                table.add(column: "feed_source_url", .text)
            }
        }
    }

    /// Which poller holds a source, and until when: one process polls a source at a time.
    static func registerSourceLeases(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 source leases") { db in
            try db.alter(table: "sources") { table in
                table.add(column: "lease_holder", .text)
                table.add(column: "lease_until", .datetime)
            }
        }
    }

    /// The poll log: who polled a source from when to when (``SourcePoll``).
    static func registerSourcePolls(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 source polls") { db in
            try db.create(table: "source_polls") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("source_id", .integer).notNull().references("sources", onDelete: .cascade)
                table.column("poller", .text)
                table.column("started_at", .datetime).notNull()
                table.column("finished_at", .datetime).notNull()
                table.column("status", .text)
                table.column("added", .integer).notNull()
            }
            try db.create(index: "source_polls_by_source", on: "source_polls", columns: ["source_id", "started_at"])
        }
    }
}
