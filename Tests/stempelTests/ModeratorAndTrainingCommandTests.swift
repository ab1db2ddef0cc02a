import Foundation
import Storage
import Testing

@Suite struct ModeratorAndTrainingCommandTests {
    @Test func moderatorAccountsAreAddedListedRotatedAndRemoved() throws {
        let database = try StempelProcess.temporaryDirectory().appendingPathComponent("s.sqlite").path
        let added = try StempelProcess.run(["moderator", "add", "anja", "--admin", "--database", database], input: "een-lang-wachtwoord\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("added admin anja; API token (shown once): stp_"))
        let again = try StempelProcess.run(["moderator", "add", "ANJA", "--database", database], input: "een-lang-wachtwoord\n")
        #expect(again.status != 0)
        #expect(again.errors.contains("already a moderator named"))
        let short = try StempelProcess.run(["moderator", "add", "bram", "--database", database], input: "kort\n")
        #expect(short.errors.contains("at least 10 characters"))
        #expect(try StempelProcess.run(["moderator", "list", "--database", database]).output.hasPrefix("anja\tadmin"))
        #expect(try StempelProcess.run(["moderator", "token", "anja", "--database", database]).output.contains("the old one no longer works"))
        #expect(try StempelProcess.run(["moderator", "remove", "anja", "--database", database]).status == 0)
        #expect(try StempelProcess.run(["moderator", "remove", "anja", "--database", database]).errors.contains("no moderator named 'anja'"))
    }

    @Test func resetPasswordReplacesTheHashAndRefusesShortPasswordsAndUnknownNames() async throws {
        let database = try StempelProcess.temporaryDirectory().appendingPathComponent("s.sqlite").path
        #expect(try StempelProcess.run(["moderator", "add", "anja", "--database", database], input: "een-lang-wachtwoord\n").status == 0)
        let before = try #require(try await SQLiteStore.open(path: database).moderator(named: "anja")).passwordHash
        let short = try StempelProcess.run(["moderator", "reset-password", "anja", "--database", database], input: "kort\n")
        #expect(short.status != 0 && short.errors.contains("at least 10 characters"))
        #expect(try await SQLiteStore.open(path: database).moderator(named: "anja")?.passwordHash == before)
        let reset = try StempelProcess.run(["moderator", "reset-password", "anja", "--database", database], input: "een-ander-lang-wachtwoord\n")
        #expect(reset.status == 0, "\(reset.errors)")
        #expect(reset.output.contains("password of anja changed"))
        let after = try #require(try await SQLiteStore.open(path: database).moderator(named: "anja")).passwordHash
        #expect(after != before && after.hasPrefix("$2"))
        let unknown = try StempelProcess.run(["moderator", "reset-password", "bram", "--database", database], input: "een-ander-lang-wachtwoord\n")
        #expect(unknown.status != 0 && unknown.errors.contains("no moderator named 'bram'"))
    }

    @Test func trainAndEvaluateReadLabelledCSV() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("s.sqlite").path
        let csv = directory.appendingPathComponent("labelled.csv")
        try """
        COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
        1,Piet,2014-01-01,"Check out my channel, free money http://spam.example",1
        2,Anna,2014-01-01,"Mooi verhaal, ""herkenbaar"" ook",0
        """.write(to: csv, atomically: true, encoding: .utf8)
        let trained = try StempelProcess.run(["train", "--database", database, csv.path])
        #expect(trained.status == 0, "\(trained.errors)")
        #expect(trained.output.contains("spam-classifier: learned 2 examples; now knows 1 spam and 1 ham"))
        let evaluated = try StempelProcess.run(["evaluate", "--database", database, csv.path])
        #expect(evaluated.status == 0, "\(evaluated.errors)")
        #expect(evaluated.output.contains("spam held or rejected (recall):"))
        #expect(evaluated.output.contains("ham approved:"))

        let broken = directory.appendingPathComponent("broken.csv")
        try "CONTENT,CLASS\nhallo,maybe\n".write(to: broken, atomically: true, encoding: .utf8)
        let refused = try StempelProcess.run(["train", "--database", database, broken.path])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("broken.csv: line 2: CLASS must be 1 (spam) or 0 (ham)"))
    }
}
