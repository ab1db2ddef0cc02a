import ArgumentParser
import Foundation
import Logging
import Moderation
import PostgresStorage
import RuleCatalog
import StempelServer
import Storage

/// Options every command takes, so that all of them see the same data and configuration.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "The SQLite database file, or a postgres://USER@HOST:PORT/DATABASE URL (default: ./stempel.sqlite, or the configuration's `database`)."
    )
    var database: String?

    @Option(name: .long, help: "A YAML (or JSON) configuration file (default: $STEMPEL_CONFIG; see docs/configuration.md).")
    var config: String?

    @Option(
        name: .long,
        help: "Log level: trace, debug, info, notice, warning, error or critical.",
        transform: { text in
            guard let level = Logger.Level(rawValue: text) else { throw ValidationError("unknown log level '\(text)'") }
            return level
        }
    )
    var logLevel: Logger.Level = .info

    /// The configuration file: `--config`, else `$STEMPEL_CONFIG`.
    var configPath: String? {
        config ?? ProcessInfo.processInfo.environment["STEMPEL_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The defaults, then the configuration file, then `STEMPEL_*` variables, then these options.
    func configuration() throws -> StempelConfiguration {
        var configuration = try configPath.map(StempelConfiguration.load(fromFile:)) ?? StempelConfiguration()
        configuration = try configuration.applying(environment: ProcessInfo.processInfo.environment)
        if let database { configuration.databasePath = database }
        return configuration
    }

    /// The moderation engine for a configuration, with setup errors naming the file.
    func engine(for configuration: StempelConfiguration, logger: Logger) throws -> ModerationEngine {
        do {
            return try ModerationEngine(configuration: configuration.moderation, registry: BuiltinRules.registry, logger: logger)
        } catch let error as ModerationSetupError {
            throw ConfigurationError(file: configPath ?? "default configuration", message: error.description)
        }
    }

    /// Sends logs to standard error at the chosen level.
    func bootstrapLogging() -> Logger {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "stempel")
    }

    /// The SQLite file a benchmark works in: `--database`, else `fallback`. The benchmarks time
    /// the SQLite store; a PostgreSQL URL is refused rather than taken for a file name.
    func benchmarkDatabase(default fallback: String) throws -> String {
        guard let database else { return fallback }
        guard !PostgresLocation.isURL(database) else {
            throw ValidationError("the benchmarks use a SQLite file; --database \(database) is a PostgreSQL URL")
        }
        return database
    }

    /// Runs `body` with the configured database, created (and migrated) if it does not exist yet.
    func withStore<Result: Sendable>(_ body: (any StempelDatabase) async throws -> Result) async throws -> Result {
        try await StoreOpener(configuration: configuration(), logger: StoreOpener.quietLogger).withStore(body)
    }

    /// Runs `body` with the configured database when it exists, else with an empty in-memory
    /// one: for commands that only read history and must not create a SQLite file as a side
    /// effect. A PostgreSQL database is always used (and migrated, as every instance would).
    func withExistingStoreOrEmpty<Result: Sendable>(
        _ configuration: StempelConfiguration, _ body: (any StempelStore) async throws -> Result
    ) async throws -> Result {
        let opener = StoreOpener(configuration: configuration, logger: StoreOpener.quietLogger)
        if opener.isPostgres || FileManager.default.fileExists(atPath: configuration.databasePath) {
            return try await opener.withStore { store in try await body(store) }
        }
        return try await body(try SQLiteStore.inMemory())
    }
}
