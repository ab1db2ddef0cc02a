import Foundation
import Logging
import PostgresStorage
import StempelServer
import Storage
import Testing

/// The store an end-to-end test runs its application on: SQLite (in memory) always, PostgreSQL
/// when `STEMPEL_TEST_POSTGRES_URL` names a server (`Tests/postgres/start.sh` starts one).
///
/// Each PostgreSQL test gets a schema of its own, dropped afterwards, so tests run in parallel.
struct ServerBackend: Sendable, CustomTestStringConvertible {
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

    /// The backends this run can test (see `PostgresServerAvailabilityTests`).
    static let available: [ServerBackend] = [ServerBackend(kind: .sqlite)] + postgres

    /// Only PostgreSQL, when there is a server.
    static let postgres: [ServerBackend] = postgresURL.map { [ServerBackend(kind: .postgres($0))] } ?? []

    /// Runs `body` with a test application on a new, empty store of this kind.
    /// (With a configuration of its own: `withStore` and `TestServer(store:configure:)`.)
    func withServer(_ body: (TestServer) async throws -> Void) async throws {
        try await withStore { store in try await body(TestServer(store: store)) }
    }

    /// Runs `body` with a new, empty, migrated store of this kind.
    func withStore(_ body: (any StempelStore & SourceStore & WebhookOutbox) async throws -> Void) async throws {
        switch kind {
        case .sqlite:
            try await body(SQLiteStore.inMemory())
        case .postgres(let url):
            try await Self.withLocation(url) { location in
                try await PostgresStore.withStore(location, logger: Self.logger) { store in try await body(store) }
            }
        }
    }

    /// A location on the test server in a schema of its own, dropped after `body`: two stores on
    /// it are two instances on one database.
    static func withLocation(_ url: String, _ body: (PostgresLocation) async throws -> Void) async throws {
        try await PostgresStore.withThrowawaySchema(on: url, prefix: "server_", logger: logger, body)
    }

    static let logger: Logger = {
        var logger = Logger(label: "stempel.tests")
        logger.logLevel = .warning
        return logger
    }()
}

@Suite struct PostgresServerAvailabilityTests {
    /// The visible note when the end-to-end tests do not run on PostgreSQL: Swift Testing lists
    /// this test as skipped with the reason.
    @Test(.disabled(if: ServerBackend.postgresURL == nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set; the server tests ran on SQLite only"))
    func serverTestsRunOnPostgres() {
        #expect(ServerBackend.available.count == 2)
    }
}
