import ArgumentParser
import Foundation
import PostgresStorage
import Storage

/// `stempel migrate`: applies the database's migrations now rather than at the next start.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the database's migrations (a SQLite file or a postgres:// URL) and say which were applied."
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Only list the migrations the database lacks; exit with status 1 when there are any.")
    var check = false

    func run() async throws {
        let configuration = try common.configuration()
        let opener = StoreOpener(configuration: configuration, logger: StoreOpener.quietLogger)
        if opener.isPostgres {
            let location = try opener.postgresLocation()
            let missing = try await PostgresStore.withStore(location, logger: opener.logger, migrate: false) { store in
                if check { return try await store.missingMigrations() }
                for name in try await store.migrate() { print("applied \(name)") }
                return try await store.missingMigrations()
            }
            try report(missing: missing, total: PostgresStore.migrationNames.count, database: location.description)
        } else {
            // Opening a SQLite database applies what it lacks; `--check` must not, so it only reads.
            guard !check else {
                throw ValidationError("--check is for PostgreSQL; a SQLite database is migrated whenever it is opened")
            }
            let store = try SQLiteStore.open(path: configuration.databasePath)
            try report(
                missing: try await store.missingMigrations(), total: try await store.appliedMigrationCount(), database: configuration.databasePath)
        }
    }

    private func report(missing: [String], total: Int, database: String) throws {
        if missing.isEmpty {
            print("\(database): up to date (\(total) migrations)")
            return
        }
        for name in missing { print("missing \(name)") }
        throw ExitCode(1)
    }
}
