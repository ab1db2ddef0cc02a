import Foundation
import Logging
import PostgresNIO
import Storage

extension PostgresStore {
    /// Applies the migrations the database lacks, each in its own transaction, under a session
    /// advisory lock: instances starting together wait for each other, and each migration is
    /// applied once. Creates the schema first when the URL names one. Returns the names applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        let key = Self.lockKey("migrations", schema: location.schema)
        return try await read { connection in
            try await connection.execute("SELECT pg_advisory_lock(\(key))", logger: logger)
            do {
                let applied = try await applyMissing(connection)
                try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                return applied
            } catch {
                // The lock is the session's: release it before the connection goes back to the pool.
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                throw error
            }
        }
    }

    private func applyMissing(_ connection: PostgresConnection) async throws -> [String] {
        if let schema = location.schema {
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger)
        }
        try await connection.query(
            "CREATE TABLE IF NOT EXISTS stempel_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)", logger: logger)
        let done = Set(try await appliedMigrations(connection))
        var applied: [String] = []
        for migration in PostgresMigrations.all where !done.contains(migration.name) {
            try await connection.query("BEGIN", logger: logger)
            do {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO stempel_migrations (name, applied_at) VALUES (\(migration.name), \(Date()))", logger: logger)
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
            logger.info("applied a PostgreSQL migration", metadata: ["migration": "\(migration.name)", "database": "\(location)"])
            applied.append(migration.name)
        }
        return applied
    }

    private func appliedMigrations(_ connection: PostgresConnection) async throws -> [String] {
        // Before the first migration the table does not exist: nothing is applied.
        guard try await connection.value(Bool.self, "SELECT to_regclass('stempel_migrations') IS NOT NULL", logger: logger) == true else {
            return []
        }
        return try await connection.rows("SELECT name FROM stempel_migrations ORDER BY name", logger: logger).map { try $0.get("name") }
    }

    /// The names of the migrations applied, by name.
    public func appliedMigrations() async throws -> [String] {
        try await read { connection in try await appliedMigrations(connection) }
    }

    public func missingMigrations() async throws -> [String] {
        let applied = Set(try await appliedMigrations())
        return PostgresMigrations.all.map(\.name).filter { !applied.contains($0) }
    }

    public func appliedMigrationCount() async throws -> Int {
        try await appliedMigrations().count
    }

    /// Every migration this build knows, in order.
    public static var migrationNames: [String] { PostgresMigrations.all.map(\.name) }
}

extension PostgresStore {
    /// Drops the store's schema with everything in it: for tests, which each work in a schema of their own.
    package func dropSchema() async throws {
        guard let schema = location.schema else { throw StoreError.conflict("the store has no schema of its own to drop") }
        try await read { connection in
            try await connection.execute(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"), logger: logger)
        }
    }

    /// Runs `body` with a location on the server at `url` in a new schema (`prefix` and a UUID),
    /// dropped afterwards whether `body` throws or not: for tests, which run in parallel, each with
    /// a small pool of its own. Two stores opened on the location are two instances on one database.
    package static func withThrowawaySchema(
        on url: String, prefix: String, logger: Logger, _ body: (PostgresLocation) async throws -> Void
    ) async throws {
        var location = try PostgresLocation(url: url)
        location.schema = prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        location.maximumConnections = 4
        do {
            try await body(location)
        } catch {
            try? await dropSchema(at: location, logger: logger)
            throw error
        }
        try await dropSchema(at: location, logger: logger)
    }

    private static func dropSchema(at location: PostgresLocation, logger: Logger) async throws {
        try await withStore(location, logger: logger, migrate: false) { store in try await store.dropSchema() }
    }
}
