import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import Storage

/// The store for several Stempel instances sharing one database: PostgreSQL through PostgresNIO.
///
/// It answers the same protocols as `SQLiteStore` (``StempelStore``, ``SourceStore``,
/// ``WebhookOutbox``) over a pool of connections (`PostgresClient`). The pool works only while
/// the store runs: as a `Service` (``run()``), or for the length of a closure with
/// ``withStore(_:logger:migrate:_:)``. Its migrations are applied under an advisory lock, so
/// instances starting together apply each one once. Every change a feed may show is announced
/// with `NOTIFY` on the store's channel in the same transaction; each instance listens on it and
/// bumps its ``publishedChanges``, so feed caches everywhere follow a decision made on any one.
///
/// ```swift
/// try await PostgresStore.withStore(PostgresLocation(url: "postgres://stempel@db/stempel"), logger: logger) { store in
///     try await store.saveColumns(columns)
/// }
/// ```
public struct PostgresStore: StempelStore, Service {
    let client: PostgresClient
    let logger: Logger
    /// Where the store is, without its password.
    public let location: PostgresLocation
    /// Shared by every copy of this store value, bumped for this instance's changes and for
    /// every other instance's that arrives as a notification.
    public let publishedChanges = PublishedChanges()
    /// Tells this instance's notifications from the others'.
    let instanceID = UUID().uuidString.lowercased()
    let columnInfos = ColumnInfos()
    /// Whether the LISTEN connection is established (tests wait for it before notifying).
    let listening = ListenerState()

    /// A store on `location`; nothing connects until it runs.
    public init(_ location: PostgresLocation, logger: Logger) throws {
        self.location = location
        self.logger = logger
        self.client = PostgresClient(configuration: try location.clientConfiguration(), backgroundLogger: logger)
    }

    /// The channel changes are announced on: one per schema, so that sites sharing a database do
    /// not wake each other.
    var channel: String { "stempel_changes_" + (location.schema ?? "public") }

    /// Runs the pool and the listener until cancelled or a graceful shutdown.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    listening.clientRunning()
                    await client.run()
                }
                group.addTask { await listenForChanges() }
            }
        }
    }

    /// Runs the store for the length of `body`: migrated first unless `migrate` is false, stopped after.
    public static func withStore<Result: Sendable>(
        _ location: PostgresLocation,
        logger: Logger,
        migrate: Bool = true,
        _ body: (PostgresStore) async throws -> Result
    ) async throws -> Result {
        let store = try PostgresStore(location, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await store.run() }
            defer { group.cancelAll() }
            // Leasing a connection before the pool runs works, but PostgresNIO warns about it.
            while !store.listening.isClientRunning { await Task.yield() }
            if migrate { try await store.migrate() }
            return try await body(store)
        }
    }

    // MARK: Connections

    /// Runs `body` on a pooled connection.
    func read<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` in a transaction on a pooled connection: committed when it returns, rolled back
    /// when it throws (its own error is rethrown as it was).
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await read { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Errors as the callers of every store expect them: a refused or dropped connection is
    /// ``StoreError/unavailable(_:)``, like a full disk for SQLite.
    static func storeError(_ error: any Error) -> any Error {
        if error is StoreError || error is CancellationError { return error }
        // The pool's own errors (no connection could be made, the pool is shutting down) come
        // from a module PostgresNIO does not export; they all mean the database cannot be used now.
        if String(reflecting: type(of: error)).hasSuffix("ConnectionPoolError") {
            return StoreError.unavailable("no connection to PostgreSQL could be made (\(error))")
        }
        if let error = error as? PSQLError {
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .uncleanShutdown:
                return StoreError.unavailable(String(describing: error))
            default:
                if let state = error.serverInfo?[.sqlState], state.hasPrefix("08") || state.hasPrefix("53") || state.hasPrefix("57") {
                    // Connection exceptions, insufficient resources, operator intervention (shutdown).
                    return StoreError.unavailable(error.serverInfo?[.message] ?? state)
                }
            }
        }
        return error
    }

    /// Announces, inside the caller's transaction, that something the feeds show changed: the
    /// notification is delivered only if the transaction commits.
    func notifyChange(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_notify(\(channel), \(instanceID))", logger: logger)
    }

    /// Waits, inside the caller's transaction, until no transaction that is writing the audit
    /// trail is in flight, and keeps new ones out until it ends; see ``lockAuditTrailForWriting(_:)``.
    func lockAuditTrailForReading(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(auditLockKey))", logger: logger)
    }

    /// Taken (shared) by every transaction that appends to `decisions`. Identity values are handed
    /// out before commit, so without it the webhook outbox could move its position past a lower id
    /// that commits later and never announce that decision.
    func lockAuditTrailForWriting(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock_shared(\(auditLockKey))", logger: logger)
    }

    private var auditLockKey: Int64 { Self.lockKey("audit trail", schema: location.schema) }

    /// A stable advisory lock key for `purpose` in a schema (FNV-1a, the same on every instance).
    static func lockKey(_ purpose: String, schema: String?) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "stempel \(purpose) \(schema ?? "public")".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }
}
