import DuplicateRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("DuplicateDetector")
struct DuplicateDetectorTests {
    let rule = DuplicateDetector(options: .init())
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    let complaint = "Ik heb precies hetzelfde meegemaakt met mijn energieleverancier: drie keer gebeld en nog steeds geen antwoord op mijn vraag."

    func comment(_ body: String, email: String? = "lezer@example.nl", column: String = "energie", address: String? = "192.0.2.10") -> Submission {
        .sample(body: body, email: email, column: column, clientAddress: address, receivedAt: now)
    }

    func earlier(
        _ body: String,
        minutesAgo: Double,
        email: String? = "lezer@example.nl",
        column: String = "energie",
        address: String? = "192.0.2.10"
    ) -> Submission {
        .sample(body: body, email: email, column: column, clientAddress: address, receivedAt: now.addingTimeInterval(-minutesAgo * 60))
    }

    func findings(_ submission: Submission, _ history: RecordedHistory, rule: DuplicateDetector? = nil) async throws -> [Finding] {
        try await (rule ?? self.rule).evaluate(submission, in: history.context(now: now))
    }

    @Test func identifierAndSummary() {
        #expect(DuplicateDetector.identifier == "duplicates")
        #expect(!DuplicateDetector.summary.isEmpty)
    }

    @Test func defaults() {
        let options = DuplicateDetector.Options()
        #expect(options.similarity == 0.8)
        #expect(options.minimumWords == 4)
        #expect(options.window == .seconds(86_400))
        #expect(options.crossColumnWindow == .seconds(3_600))
        #expect(options.maximumCompared == 50)
        #expect(options.score == 5)
        #expect(options.earlierCopyScore == 2)
        #expect(options.earlierCopyMinimumWords == 12)
    }

    @Test func politeFirstCommentIsFine() async throws {
        var history = RecordedHistory()
        history.record(
            earlier("Wat een vervelende ervaring, sterkte met het vervolg!", minutesAgo: 5, email: "ander@example.nl", address: "198.51.100.4"))
        #expect(try await findings(comment("Heel herkenbaar stuk, bedankt voor het delen."), history).isEmpty)
        #expect(try await findings(comment("Heel herkenbaar stuk, bedankt voor het delen."), RecordedHistory()).isEmpty)
    }

    @Test func sameAuthorPostingTwice() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 3, address: "198.51.100.4"))
        #expect(
            try await findings(comment(complaint), history) == [
                Finding(score: 5, reason: "the same as a comment by the same author 3 minutes ago")
            ])
    }

    @Test func caseSpacingPunctuationAndAccentsAreSetAside() async throws {
        var history = RecordedHistory()
        history.record(earlier("Eén keer gebeld, NOOIT meer iets gehoord... echt schandalig!", minutesAgo: 90, address: nil))
        let found = try await findings(comment("een keer   gebeld nooit meer iets gehoord, echt schandalig", address: nil), history)
        #expect(found.map(\.reason) == ["the same as a comment by the same author 1 hour ago"])
    }

    @Test func nearDuplicateGivesTheShare() async throws {
        var history = RecordedHistory()
        let edited = complaint.replacingOccurrences(of: "vraag.", with: "vraag, belachelijk.")
        history.record(earlier(complaint, minutesAgo: 3, address: nil))
        let found = try await findings(comment(edited, address: nil), history)
        // 17 shingles against 18, 17 shared: 94%.
        #expect(found.map(\.reason) == ["94% the same as a comment by the same author 3 minutes ago"])
    }

    @Test func differentCommentsBySameAuthorAreFine() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 3))
        let reply = "Update: vandaag toch gebeld door de klantenservice, het probleem is nu eindelijk opgelost."
        #expect(try await findings(comment(reply), history).isEmpty)
    }

    @Test func emailIsComparedWithoutCase() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 10, email: "Lezer@Example.nl", address: nil))
        #expect(try await findings(comment(complaint, email: "LEZER@example.NL", address: nil), history).count == 1)
    }

    @Test func sameNetworkUnderAnotherName() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 120, email: "iemand@example.com", address: "192.0.2.99"))
        let found = try await findings(comment(complaint, email: "ander@example.nl"), history)
        #expect(found.map(\.reason) == ["the same as a comment from the same network (192.0.2.0/24) 2 hours ago"])
    }

    @Test func anyoneOnAnotherColumnWithinTheHour() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 20, email: "bot1@example.com", column: "verzekering", address: "198.51.100.1"))
        let found = try await findings(comment(complaint, email: "bot2@example.com", column: "energie", address: "203.0.113.5"), history)
        #expect(found == [Finding(score: 5, reason: "the same as a comment on column 'verzekering' 20 minutes ago")])
    }

    @Test func anyoneOnTheSameColumnOrLongAgoIsOnlyAnEarlierCopy() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 20, email: "ander@example.com", column: "energie", address: "198.51.100.1"))
        history.record(earlier(complaint, minutesAgo: 61, email: "ander@example.com", column: "bank", address: "198.51.100.1"))
        #expect(
            try await findings(comment(complaint, address: "203.0.113.5"), history) == [
                Finding(score: 2, reason: "the same text as an earlier comment")
            ])
        let short = "Bij mij ook drie keer gebeld en nog geen antwoord."
        var shortHistory = RecordedHistory()
        shortHistory.record(earlier(short, minutesAgo: 20, email: "ander@example.com", column: "energie", address: "198.51.100.1"))
        #expect(try await findings(comment(short, address: "203.0.113.5"), shortHistory).isEmpty)
    }

    @Test func sameAuthorOutsideTheWindowIsOnlyAnEarlierCopy() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 25 * 60, column: "bank"))
        #expect(try await findings(comment(complaint), history).map(\.score) == [2])
        let edited = complaint.replacingOccurrences(of: "vraag.", with: "vraag, belachelijk.")
        #expect(try await findings(comment(edited), history).isEmpty)
    }

    @Test(arguments: ["Mooi!", "Dank je wel", "Helemaal mee eens.", "Sterkte, Ans!"])
    func shortCommentsAreNeverDuplicates(_ body: String) async throws {
        var history = RecordedHistory()
        history.record(earlier(body, minutesAgo: 1))
        history.record(earlier(body, minutesAgo: 2, email: "ander@example.nl", column: "bank"))
        #expect(try await findings(comment(body), history).isEmpty)
    }

    @Test func fourWordsCanBeADuplicate() async throws {
        var history = RecordedHistory()
        history.record(earlier("Koop goedkope horloges online", minutesAgo: 1))
        #expect(try await findings(comment("Koop goedkope horloges online"), history).count == 1)
    }

    @Test func exactCopyOfAnOldCommentScoresLow() async throws {
        let long = "Ik ben het helemaal met de schrijver eens, de klantenservice van dit bedrijf is echt onder de maat en dat al jaren."
        var history = RecordedHistory()
        history.record(earlier(long, minutesAgo: 60 * 24 * 90, email: "origineel@example.nl", column: "telecom", address: "198.51.100.1"))
        let found = try await findings(comment("  \(long)\n", email: "nieuw@example.com", address: "203.0.113.5"), history)
        #expect(found == [Finding(score: 2, reason: "the same text as an earlier comment")])
    }

    @Test func nearCopyOfAnOldCommentIsFine() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 60 * 24 * 90, email: "origineel@example.nl", address: "198.51.100.1"))
        let changed = complaint.replacingOccurrences(of: "drie", with: "vier")
        #expect(try await findings(comment(changed, email: "nieuw@example.com", address: "203.0.113.5"), history).isEmpty)
    }

    @Test func choosesTheMostAlikeComment() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint.replacingOccurrences(of: "vraag.", with: "vraag, belachelijk."), minutesAgo: 2, address: nil))
        history.record(earlier(complaint, minutesAgo: 30, address: nil))
        #expect(
            try await findings(comment(complaint, address: nil), history).map(\.reason) == ["the same as a comment by the same author 30 minutes ago"]
        )
    }

    @Test func textsWithoutWordsAreFine() async throws {
        var history = RecordedHistory()
        history.record(earlier("😀 😀 😀 😀 !!! ...", minutesAgo: 1))
        #expect(try await findings(comment("😀 😀 😀 😀 !!! ..."), history).isEmpty)
        #expect(try await findings(comment(""), history).isEmpty)
    }
}
