import ArgumentParser
import Foundation
import Storage

/// `stempel backup PATH`: a consistent copy of the database, safe while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to PATH (SQLite's online backup), also while `stempel serve` runs."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Where to write the copy; it must not exist unless --force is given.")
    var path: String

    @Flag(help: "Replace PATH if it exists.")
    var force = false

    func run() async throws {
        let configuration = try common.configuration()
        guard !StoreOpener(configuration: configuration, logger: StoreOpener.quietLogger).isPostgres else {
            throw ValidationError("stempel backup copies a SQLite database; back up PostgreSQL with pg_dump (docs/deployment.md)")
        }
        guard FileManager.default.fileExists(atPath: configuration.databasePath) else {
            throw ValidationError("there is no database at \(configuration.databasePath) to back up")
        }
        let store = try SQLiteStore.open(path: configuration.databasePath)
        do {
            let summary = try await store.backup(to: path, replace: force)
            print("backed up \(summary.columns) columns and \(summary.comments) comments to \(path) (\(summary.bytes) bytes, integrity ok)")
        } catch let error as StoreError {
            throw ValidationError("\(error)")
        }
    }
}
