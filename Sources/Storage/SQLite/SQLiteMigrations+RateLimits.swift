import GRDB

extension SQLiteMigrations {
    /// Rate-limit buckets and failed sign-ins, when the configuration keeps them in the database
    /// (``RateLimitStore``). Times are seconds since 1970, as the arithmetic on them wants.
    static func registerRateLimits(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 rate limits") { db in
            // A token bucket as the time it is full again: each request moves it one interval
            // (period / requests) later, and a request that would move it more than one period
            // past now is refused. A row whose time has passed is a full bucket and can go.
            try db.create(table: "rate_buckets") { table in
                table.primaryKey("key", .text)
                table.column("full_at", .double).notNull()
            }
            try db.create(table: "login_failures") { table in
                table.primaryKey("key", .text)
                table.column("failures", .integer).notNull()
                table.column("started_at", .double).notNull()
            }
        }
    }
}
