import ArgumentParser
import Foundation
import Logging
import PostgresStorage
import StempelServer
import Storage

/// Every store protocol a command may use; both backends implement all of them.
typealias StempelDatabase = StempelStore & SourceStore & WebhookOutbox & StoreTransfer

/// Opens the database a configuration names: PostgreSQL for a `postgres://` URL, else the SQLite
/// file at that path.
struct StoreOpener {
    let configuration: StempelConfiguration
    let logger: Logger

    /// Whether the configuration names a PostgreSQL database.
    var isPostgres: Bool { PostgresLocation.isURL(configuration.databasePath) }

    /// The PostgreSQL database named; a bad URL is reported with the key that gave it.
    func postgresLocation() throws -> PostgresLocation {
        do {
            return try PostgresLocation(url: configuration.databasePath)
        } catch let error as PostgresLocationError {
            throw ValidationError("--database (or `database` in the configuration, or STEMPEL_DATABASE): \(error.description)")
        }
    }

    /// Runs `body` with the store. SQLite: the file is created and migrated if needed.
    /// PostgreSQL: the pool runs for the length of `body`, after the migrations were applied
    /// (under an advisory lock) unless `migrate` is false.
    func withStore<Result: Sendable>(migrate: Bool = true, _ body: (any StempelDatabase) async throws -> Result) async throws -> Result {
        if isPostgres {
            return try await PostgresStore.withStore(try postgresLocation(), logger: logger, migrate: migrate) { store in try await body(store) }
        }
        return try await body(try SQLiteStore.open(path: configuration.databasePath))
    }

    /// A logger for commands that print their own results: warnings only, on standard error.
    static let quietLogger: Logger = {
        var logger = Logger(label: "stempel") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        return logger
    }()
}
