import GRDB

/// The schema, as named, append-only migrations: never edit one that has landed; add another.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-27 columns") { db in
            try db.create(table: "columns") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("slug", .text).notNull().unique()
                table.column("source_id", .text)
                table.column("title", .text).notNull()
                table.column("author", .text).notNull()
                table.column("summary", .text)
                table.column("content_html", .text).notNull()
                table.column("link", .text)
                table.column("status", .text).notNull().defaults(to: "approved")
                // Kept in step with the comments table in the same transactions, so that the feeds
                // and the column list never count a thread.
                table.column("approved_comment_count", .integer).notNull().defaults(to: 0)
                table.column("last_comment_at", .datetime)
                table.column("published_at", .datetime).notNull()
                table.column("updated_at", .datetime).notNull()
                table.column("created_at", .datetime).notNull()
            }
            try db.create(index: "columns_by_published", on: "columns", columns: ["status", "published_at"])
            try db.create(table: "column_tags") { table in
                table.column("column_id", .integer).notNull().references("columns", onDelete: .cascade)
                table.column("tag", .text).notNull()
                table.primaryKey(["column_id", "tag"])
            }
            try db.create(index: "column_tags_by_tag", on: "column_tags", columns: ["tag"])
        }
        migrator.registerMigration("2026-11-27 comments") { db in
            try db.create(table: "comments") { table in
                table.primaryKey("id", .text)
                table.column("column_id", .integer).notNull().references("columns", onDelete: .cascade)
                table.column("author_name", .text).notNull()
                table.column("author_email", .text)
                table.column("author_url", .text)
                table.column("body", .text).notNull()
                table.column("body_hash", .integer).notNull()
                table.column("client_address", .text)
                table.column("client_network", .text)
                table.column("source", .text).notNull()
                table.column("status", .text).notNull()
                table.column("total_score", .double).notNull()
                table.column("findings", .jsonText).notNull()
                table.column("rule_runs", .jsonText).notNull()
                table.column("created_at", .datetime).notNull()
                table.column("updated_at", .datetime).notNull()
            }
            try db.create(index: "comments_by_column", on: "comments", columns: ["column_id", "status", "created_at"])
            try db.create(index: "comments_by_email", on: "comments", columns: ["author_email", "created_at"])
            try db.create(index: "comments_by_name", on: "comments", columns: ["author_name", "created_at"])
            try db.create(index: "comments_by_address", on: "comments", columns: ["client_address", "created_at"])
            try db.create(index: "comments_by_network", on: "comments", columns: ["client_network", "created_at"])
            try db.create(index: "comments_by_body", on: "comments", columns: ["body_hash"])
            try db.create(index: "comments_by_time", on: "comments", columns: ["created_at"])
        }
        migrator.registerMigration("2026-11-27 decisions") { db in
            try db.create(table: "decisions") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("comment_id", .text).notNull().references("comments", onDelete: .cascade)
                table.column("actor", .text).notNull()
                table.column("action", .text).notNull()
                table.column("from_status", .text)
                table.column("to_status", .text).notNull()
                table.column("note", .text)
                table.column("decided_at", .datetime).notNull()
            }
            try db.create(index: "decisions_by_comment", on: "decisions", columns: ["comment_id", "decided_at"])
        }
        migrator.registerMigration("2026-11-27 learning") { db in
            // What learning rules were taught, per rule: examples per label and counts per feature.
            try db.create(table: "learned_examples") { table in
                table.column("rule", .text).notNull()
                table.column("label", .text).notNull()
                table.column("count", .integer).notNull()
                table.primaryKey(["rule", "label"])
            }
            try db.create(table: "learned_features") { table in
                table.column("rule", .text).notNull()
                table.column("feature", .text).notNull()
                table.column("spam", .integer).notNull().defaults(to: 0)
                table.column("ham", .integer).notNull().defaults(to: 0)
                table.primaryKey(["rule", "feature"])
            }
        }
        migrator.registerMigration("2026-11-27 moderators") { db in
            try db.create(table: "moderators") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull().unique().collate(.nocase)
                table.column("role", .text).notNull()
                table.column("password_hash", .text).notNull()
                // Only a SHA-256 of the API token is kept: a leaked database leaks no token.
                table.column("token_hash", .text).unique()
                table.column("created_at", .datetime).notNull()
            }
            // The moderation queue: held comments, oldest first.
            try db.create(index: "comments_by_status", on: "comments", columns: ["status", "created_at", "id"])
        }
        migrator.registerMigration("2026-11-27 idempotency keys") { db in
            try db.create(table: "idempotency_keys") { table in
                table.column("scope", .text).notNull()
                table.column("key", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("comment_id", .text).notNull().references("comments", onDelete: .cascade)
                table.column("status", .text).notNull()
                table.column("created_at", .datetime).notNull()
                table.primaryKey(["scope", "key"])
            }
        }
        migrator.registerMigration("2026-11-27 sessions") { db in
            // Web UI sign-ins. Like API tokens, only a SHA-256 of the cookie value is kept.
            try db.create(table: "sessions") { table in
                table.primaryKey("token_hash", .text)
                table.column("moderator_id", .integer).notNull().references("moderators", onDelete: .cascade)
                table.column("csrf_token", .text).notNull()
                table.column("created_at", .datetime).notNull()
                table.column("expires_at", .datetime).notNull()
            }
            try db.create(index: "sessions_by_moderator", on: "sessions", columns: ["moderator_id"])
        }
        migrator.registerMigration("2026-11-27 redactions") { db in
            // A moderator's edit replaces a comment's body; the decisions row keeps what it replaced.
            try db.alter(table: "decisions") { table in table.add(column: "original_body", .text) }
        }
        registerSources(in: &migrator)
        registerWebhooks(in: &migrator)
        registerSourceLeases(in: &migrator)
        registerAuthors(in: &migrator)
        registerShingles(in: &migrator)
        registerHeldColumnWebhooks(in: &migrator)
        registerRateLimits(in: &migrator)
        registerSourcePolls(in: &migrator)
        registerCommentEdits(in: &migrator)
        return migrator
    }
}
