import Foundation
import Logging
import PostgresStorage
import Storage
import Testing

/// Everything the stores implement, as the shared store tests use it.
typealias TestStore = StempelStore & SourceStore & WebhookOutbox & StoreTransfer & RateLimitStore

/// A store implementation the shared tests run against: SQLite always, PostgreSQL when
/// `STEMPEL_TEST_POSTGRES_URL` names a server (`Tests/postgres/start.sh` starts one).
///
/// Each PostgreSQL test gets a schema of its own, dropped afterwards, so tests run in parallel.
struct StoreBackend: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable {
        case sqlite
        case postgres(String)
    }

    let kind: Kind

    var testDescription: String {
        switch kind {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// The server for the PostgreSQL tests, if any.
    static let postgresURL: String? = ProcessInfo.processInfo.environment["STEMPEL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// The backends this run can test: PostgreSQL only with a server (see `PostgresAvailabilityTests`).
    static let available: [StoreBackend] = [StoreBackend(kind: .sqlite)] + (postgresURL.map { [StoreBackend(kind: .postgres($0))] } ?? [])

    /// Only PostgreSQL, when there is a server.
    static let postgres: [StoreBackend] = postgresURL.map { [StoreBackend(kind: .postgres($0))] } ?? []

    /// Runs `body` with a new, empty, migrated store.
    func withStore(_ body: (any TestStore) async throws -> Void) async throws {
        switch kind {
        case .sqlite:
            try await body(SQLiteStore.inMemory())
        case .postgres(let url):
            try await Self.withSchema(url) { location in
                try await PostgresStore.withStore(location, logger: Self.logger) { store in try await body(store) }
            }
        }
    }

    /// A location on the test server in a schema of its own, dropped after `body`.
    static func withSchema(_ url: String, _ body: (PostgresLocation) async throws -> Void) async throws {
        try await PostgresStore.withThrowawaySchema(on: url, prefix: "test_", logger: logger, body)
    }

    static let logger: Logger = {
        var logger = Logger(label: "stempel.tests")
        logger.logLevel = .warning
        return logger
    }()
}

@Suite struct PostgresAvailabilityTests {
    /// The visible note when the PostgreSQL store tests do not run: Swift Testing lists this test
    /// as skipped with the reason.
    @Test(.disabled(if: StoreBackend.postgresURL == nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set; the store tests ran on SQLite only"))
    func postgresStoreTestsRun() {
        #expect(StoreBackend.available.count == 2)
    }
}
