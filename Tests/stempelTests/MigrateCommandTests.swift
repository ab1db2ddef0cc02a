import Foundation
import Testing

@Suite struct MigrateCommandTests {
    static let postgresURL = ProcessInfo.processInfo.environment["STEMPEL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    @Test func migrateOnSQLiteReportsTheMigrations() throws {
        let database = try StempelProcess.temporaryDirectory().appendingPathComponent("s.sqlite").path
        let migrated = try StempelProcess.run(["migrate", "--database", database])
        #expect(migrated.status == 0, "\(migrated.errors)")
        #expect(migrated.output.contains("\(database): up to date ("))
        #expect(FileManager.default.fileExists(atPath: database))
        let check = try StempelProcess.run(["migrate", "--check", "--database", database])
        #expect(check.status != 0 && check.errors.contains("--check is for PostgreSQL"))
    }

    @Test func aBadURLIsNamedAndNoFileIsMade() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let result = try StempelProcess.run(["migrate", "--database", "postgres://stempel@db.example/stempel?colour=blue"], in: directory)
        #expect(result.status != 0)
        #expect(result.errors.contains("--database (or `database` in the configuration, or STEMPEL_DATABASE): unknown URL parameter 'colour'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let bench = try StempelProcess.run(["bench", "rules", "--database", "postgres://stempel@db.example/stempel"], in: directory)
        #expect(bench.status != 0 && bench.errors.contains("the benchmarks use a SQLite file"))
    }

    /// The commands on PostgreSQL, in a schema of this test's own (left in the throwaway test cluster).
    @Test(.enabled(if: postgresURL != nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set"))
    func migrateAndModeratorCommandsWorkOnPostgreSQL() throws {
        let base = try #require(Self.postgresURL)
        let url = base + (base.contains("?") ? "&" : "?") + "schema=cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let missing = try StempelProcess.run(["migrate", "--check", "--database", url])
        #expect(missing.status == 1)
        #expect(missing.output.contains("missing 2026-11-27 initial schema"))
        let migrated = try StempelProcess.run(["migrate", "--database", url])
        #expect(migrated.status == 0, "\(migrated.errors)")
        #expect(migrated.output.contains("applied 2026-11-27 initial schema") && migrated.output.contains("up to date"))
        #expect(try StempelProcess.run(["migrate", "--check", "--database", url]).status == 0)

        let added = try StempelProcess.run(["moderator", "add", "anja", "--database", url], input: "een-lang-wachtwoord\n")
        #expect(added.status == 0, "\(added.errors)")
        // The same account from another process: the data is in the database, not in the process.
        #expect(try StempelProcess.run(["moderator", "list", "--database", url]).output.hasPrefix("anja\tmoderator"))
        let again = try StempelProcess.run(["moderator", "add", "Anja", "--database", url], input: "een-lang-wachtwoord\n")
        #expect(again.status != 0 && again.errors.contains("already a moderator named"))
    }
}
