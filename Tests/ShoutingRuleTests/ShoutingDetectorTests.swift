import ModerationKit
import ModerationKitTesting
import ShoutingRule
import Testing

@Suite("ShoutingDetector with default options")
struct ShoutingDetectorTests {
    let rule = ShoutingDetector(options: .init())

    @Test func identifierAndSummary() {
        #expect(ShoutingDetector.identifier == "shouting")
        #expect(!ShoutingDetector.summary.isEmpty)
    }

    @Test func defaults() {
        let options = ShoutingDetector.Options()
        #expect(options.capitalShare == 0.7)
        #expect(options.minimumLetters == 12)
        #expect(options.exclamationRun == 3)
        #expect(options.score == 5)
    }

    @Test func realShoutingCommentHoldsOnItsOwn() async throws {
        let findings = try await rule.findings(for: "JA, MAAR DIE MAP IS NIET NIEUW MEER!")
        #expect(findings == [Finding(score: 5, reason: "100% of the letters are capitals")])
        #expect(try await rule.totalScore(for: "JA, MAAR DIE MAP IS NIET NIEUW MEER!") >= 5)
    }

    @Test func shoutingWithTwoExclamationMarksIsFlaggedForCapitalsOnly() async throws {
        let findings = try await rule.findings(for: "BETALEN!!, EEJ BETALEN")
        #expect(findings.map(\.reason) == ["100% of the letters are capitals"])
    }

    @Test(arguments: [
        "Wat een mooi verhaal, herkenbaar!",
        "Mijn internet van KPN lag er weer uit, en de NS reed ook NIET. Gelukkig werkte de app van ING nog wel.",
        "Ik ben het er NIET mee eens, maar het is een goed geschreven stuk.",
        "Via de NOS gehoord dat de EU en de VS een akkoord hebben.",
        "OK",
        "NS",
        "TOP!",
    ])
    func ordinaryTextIsNotFlagged(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func reasonGivesTheShareRoundedDown() async throws {
        // 12 capitals in 14 cased letters: 85.7%.
        let findings = try await rule.findings(for: "NEE DIT IS ECHT te")
        #expect(findings.map(\.reason) == ["85% of the letters are capitals"])
    }

    @Test func longExclamationRunIsAFinding() async throws {
        let findings = try await rule.findings(for: "Wat een onzin!!!!")
        #expect(findings == [Finding(score: 5, reason: "a run of 4 exclamation marks")])
    }

    @Test func reportsTheLongestRun() async throws {
        let findings = try await rule.findings(for: "Nee!!! Echt niet!!!!!! Nooit!!!")
        #expect(findings.map(\.reason) == ["a run of 6 exclamation marks"])
    }

    @Test func separatedExclamationMarksAreNotARun() async throws {
        #expect(try await rule.findings(for: "Nee! Nee! Nee! Echt niet!! ! !").isEmpty)
    }

    @Test func shoutingWithARunGivesOneCombinedFinding() async throws {
        let findings = try await rule.findings(for: "JA, MAAR DIE MAP IS NIET NIEUW MEER!!!!")
        #expect(findings == [Finding(score: 5, reason: "100% of the letters are capitals; a run of 4 exclamation marks")])
        #expect(findings.allSatisfy { $0.action == nil })
    }

    @Test func ignoresTheAuthorAndHistory() async throws {
        var history = RecordedHistory()
        history.record(.sample(body: "ALLES IN HOOFDLETTERS GESCHREVEN"), approved: true)
        let submission = Submission.sample(body: "Gewoon een nette reactie.", authorName: "JAN JANSEN DE GROOT", url: "HTTPS://JAN.NL")
        #expect(rule.evaluate(submission, in: history.context()).isEmpty)
    }
}
