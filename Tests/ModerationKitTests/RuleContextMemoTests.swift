import Foundation
import ModerationKit
import ModerationKitTesting
import Synchronization
import Testing

@Suite struct RuleContextMemoTests {
    /// A recorded history that counts the questions that reach it.
    final class CountingHistory: SubmissionHistory {
        let recorded: RecordedHistory
        let lists = Atomic(0)
        let counts = Atomic(0)
        let standings = Atomic(0)

        init(_ recorded: RecordedHistory) { self.recorded = recorded }

        func approvedCommentCount(by author: Submission.Author) async throws -> Int { try await recorded.approvedCommentCount(by: author) }
        func hasSeenBody(_ body: String) async throws -> Bool { try await recorded.hasSeenBody(body) }
        func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int {
            counts.add(1, ordering: .relaxed)
            return try await recorded.recentSubmissionCount(key, since: since, upTo: cap)
        }
        func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission] {
            lists.add(1, ordering: .relaxed)
            return try await recorded.recentSubmissions(key, since: since, limit: limit)
        }
        func authorStanding(of submission: Submission) async throws -> AuthorStanding {
            standings.add(1, ordering: .relaxed)
            return try await recorded.authorStanding(of: submission)
        }
    }

    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// Ten comments by one author, one a minute, the newest a minute ago.
    private func history() -> CountingHistory {
        var recorded = RecordedHistory()
        for minute in 1...10 {
            recorded.record(.sample(body: "bericht \(minute)", email: "lezer@example.nl", receivedAt: now.addingTimeInterval(Double(-60 * minute))))
        }
        return CountingHistory(recorded)
    }

    @Test func aCompleteListAnswersCountsAndShorterLists() async throws {
        let history = history()
        let context = RuleContext(now: now, history: history)
        let key = HistoryKey.authorEmail("lezer@example.nl")
        #expect(try await context.recentSubmissions(key, within: .seconds(86_400), limit: 50).count == 10)
        #expect(try await context.recentSubmissionCount(key, within: .seconds(330)) == 5)
        #expect(try await context.recentSubmissionCount(key, within: .seconds(3_600), countingUpTo: 3) == 3)
        #expect(try await context.recentSubmissions(key, within: .seconds(190), limit: 50).map(\.body) == ["bericht 1", "bericht 2", "bericht 3"])
        #expect(try await context.recentSubmissions(key, within: .seconds(86_400), limit: 2).map(\.body) == ["bericht 1", "bericht 2"])
        #expect(history.lists.load(ordering: .relaxed) == 1)
        #expect(history.counts.load(ordering: .relaxed) == 0)
    }

    @Test func aCutOffListAnswersOnlyWhatItHolds() async throws {
        let history = history()
        let context = RuleContext(now: now, history: history)
        let key = HistoryKey.authorEmail("lezer@example.nl")
        #expect(try await context.recentSubmissions(key, within: .seconds(86_400), limit: 4).count == 4)
        // Four within 250 s of five in the window: the list cannot tell, so the history counts.
        #expect(try await context.recentSubmissionCount(key, within: .seconds(330)) == 5)
        #expect(history.counts.load(ordering: .relaxed) == 1)
        // Capped at 3: the four listed are enough.
        #expect(try await context.recentSubmissionCount(key, within: .seconds(3_600), countingUpTo: 3) == 3)
        // Three minutes: the list reaches back past it.
        #expect(try await context.recentSubmissionCount(key, within: .seconds(190)) == 3)
        #expect(history.counts.load(ordering: .relaxed) == 1)
        // Another key is never answered from this one's list.
        #expect(try await context.recentSubmissionCount(.anyone, within: .seconds(190)) == 3)
        #expect(history.counts.load(ordering: .relaxed) == 2)
        // The same question twice reaches the history once.
        #expect(try await context.recentSubmissionCount(.anyone, within: .seconds(190)) == 3)
        #expect(history.counts.load(ordering: .relaxed) == 2)
    }

    @Test func theAuthorsStandingIsAskedOncePerSubmission() async throws {
        var recorded = RecordedHistory()
        recorded.mark(.clientAddress("192.0.2.7"), as: .blocked)
        let history = CountingHistory(recorded)
        let context = RuleContext(now: now, history: history)
        let blocked = Submission.sample(body: "hallo", clientAddress: "192.0.2.7")
        let other = Submission.sample(body: "hallo", clientAddress: "192.0.2.8")
        #expect(try await context.authorStanding(of: blocked) == .blocked)
        #expect(try await context.authorStanding(of: blocked) == .blocked)
        #expect(history.standings.load(ordering: .relaxed) == 1)
        // Another submission (here another address) is asked about afresh.
        #expect(try await context.authorStanding(of: other) == .unknown)
        #expect(try await context.authorStanding(of: blocked) == .blocked)
        #expect(history.standings.load(ordering: .relaxed) == 3)
        #expect(try await RuleContext(now: now, history: history).authorStanding(of: blocked) == .blocked)
        #expect(history.standings.load(ordering: .relaxed) == 4)
    }

    @Test(arguments: [
        ("bericht", "bericht"), ("  bericht\n", "bericht"), ("\tbericht", "bericht"), ("bericht\u{A0}", "bericht"),
        ("\u{2003}bericht", "bericht"), ("één", "één"), ("", ""), (" ", ""),
    ])
    func anEarlierBodyIsLookedUpTrimmed(body: String, asked: String) async throws {
        var recorded = RecordedHistory()
        recorded.record(.sample(body: asked))
        #expect(try await RuleContext(now: now, history: recorded).hasSeenBody(body))
    }

    @Test func eachContextAsksAfresh() async throws {
        let history = history()
        let key = HistoryKey.authorEmail("lezer@example.nl")
        for _ in 0..<2 {
            #expect(try await RuleContext(now: now, history: history).recentSubmissionCount(key, within: .seconds(330)) == 5)
        }
        #expect(history.counts.load(ordering: .relaxed) == 2)
    }
}

@Suite struct ShingleFingerprintTests {
    @Test func caseAccentsAndPunctuationPlayNoPart() {
        #expect(ShingleFingerprint("Één keer, nooit weer!") == ShingleFingerprint("een   KEER nooit weer"))
        #expect(ShingleFingerprint("Één keer, nooit weer!").wordCount == 4)
    }

    @Test func similarityIsTheShareOfSharedShingles() {
        let text = ShingleFingerprint("de bakker kende mijn naam al jaren")
        #expect(text.similarity(to: text) == 1)
        // Seven words, five shingles each; one word changed at the end spoils one: 4 of 6.
        let changed = ShingleFingerprint("de bakker kende mijn naam al maanden")
        #expect(abs(text.similarity(to: changed) - 4.0 / 6.0) < 1e-9)
        #expect(text.similarity(to: ShingleFingerprint("iets heel anders dan dat")) == 0)
        #expect(text.bestPossibleSimilarity(to: ShingleFingerprint("twee woorden")) == 1.0 / 5.0)
    }
}
