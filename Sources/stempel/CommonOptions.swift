import ArgumentParser
import Foundation
import Logging
import Moderation
import RuleCatalog
import StempelServer
import Storage

/// Options every command takes, so that all of them see the same data and configuration.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default: ./stempel.sqlite, or the configuration's `database`).")
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

    /// The configured database, created (and migrated) if it does not exist yet.
    func openStore() throws -> SQLiteStore {
        try SQLiteStore.open(path: configuration().databasePath)
    }

    /// The configured database when the file exists, else an empty in-memory one: for commands
    /// that only read history and must not create a database as a side effect.
    func existingStoreOrEmpty(_ configuration: StempelConfiguration) throws -> any StempelStore {
        FileManager.default.fileExists(atPath: configuration.databasePath)
            ? try SQLiteStore.open(path: configuration.databasePath) : try SQLiteStore.inMemory()
    }
}
