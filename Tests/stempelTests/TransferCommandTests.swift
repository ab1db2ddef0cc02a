import Foundation
import Testing

@Suite struct TransferCommandTests {
    /// Moves a SQLite database with an account and a source into `target` and reads them back there.
    private func move(to target: String, in directory: URL) throws {
        let source = directory.appendingPathComponent("s.sqlite").path
        #expect(try StempelProcess.run(["moderator", "add", "anja", "--database", source], input: "een-lang-wachtwoord\n").status == 0)
        #expect(try StempelProcess.run(["source", "add", "https://vakblad.example/feed.rss", "--name", "Vakblad", "--database", source]).status == 0)
        let file = directory.appendingPathComponent("export.jsonl").path
        let exported = try StempelProcess.run(["export", file, "--database", source])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.errors.contains("exported 1 moderators, 1 sources"))

        let imported = try StempelProcess.run(["import", file, "--database", target])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("imported 1 moderators, 1 sources"))
        #expect(try StempelProcess.run(["moderator", "list", "--database", target]).output.hasPrefix("anja\tmoderator"))
        #expect(try StempelProcess.run(["source", "list", "--database", target]).output.contains("Vakblad"))
        let again = try StempelProcess.run(["import", file, "--database", target])
        #expect(again.status != 0 && again.errors.contains("already holds data"))
    }

    @Test func aSQLiteDatabaseMovesIntoAnotherSQLiteFile() throws {
        let directory = try StempelProcess.temporaryDirectory()
        try move(to: directory.appendingPathComponent("t.sqlite").path, in: directory)
    }

    @Test(.enabled(if: MigrateCommandTests.postgresURL != nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set"))
    func aSQLiteDatabaseMovesIntoPostgreSQL() throws {
        let base = try #require(MigrateCommandTests.postgresURL)
        let url = base + (base.contains("?") ? "&" : "?") + "schema=move_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try move(to: url, in: try StempelProcess.temporaryDirectory())
    }
}
