import ArgumentParser
import Foundation
import Storage

/// `stempel export FILE`: every table of the database as JSON Lines (docs/deployment.md).
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write all data (columns, comments, decisions, accounts, sources, what was learned) as JSON Lines, from SQLite or PostgreSQL."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The file to write; `-` for standard output. It must not exist unless --force is given.")
    var path: String

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() async throws {
        let handle: FileHandle
        if path == "-" {
            handle = .standardOutput
        } else {
            guard force || !FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("\(path) exists; choose another path or pass --force to replace it")
            }
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw ValidationError("cannot create \(path)") }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        let counts = try await common.withStore { store in try await StoreTransferFile.export(store, to: handle) }
        try handle.close()
        // The summary goes to standard error, so that `stempel export -` pipes only the data.
        FileHandle.standardError.write(Data((TransferSummary.text(counts, verb: "exported") + "\n").utf8))
    }
}

/// `stempel import FILE`: reads an export into an empty database.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a `stempel export` file into an empty database (SQLite or PostgreSQL), keeping every id."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The export file; `-` for standard input.")
    var path: String

    func run() async throws {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
            data = contents
        }
        do {
            let counts = try await common.withStore { store in try await StoreTransferFile.import(data, into: store) }
            print(TransferSummary.text(counts, verb: "imported"))
        } catch let error as StoreTransferError {
            throw ValidationError(path == "-" ? "standard input: \(error)" : "\(path): \(error)")
        }
    }
}

/// One line saying how many rows of each table moved.
enum TransferSummary {
    static func text(_ counts: StoreTransferFile.Counts, verb: String) -> String {
        "\(verb) " + counts.filter { $0.rows > 0 }.map { "\($0.rows) \($0.table)" }.joined(separator: ", ")
    }
}
