import DuplicateRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("DuplicateDetector options at work")
struct DuplicateDetectorOptionTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    let complaint = "De monteur zou tussen acht en twaalf komen, maar om vijf uur was er nog steeds niemand geweest."

    func earlier(_ body: String, minutesAgo: Double, email: String = "lezer@example.nl", column: String = "energie") -> Submission {
        .sample(body: body, email: email, column: column, clientAddress: nil, receivedAt: now.addingTimeInterval(-minutesAgo * 60))
    }

    func findings(_ options: DuplicateDetector.Options, _ body: String, _ history: RecordedHistory, email: String = "lezer@example.nl")
        async throws -> [Finding]
    {
        let submission = Submission.sample(body: body, email: email, column: "energie", clientAddress: nil, receivedAt: now)
        return try await DuplicateDetector(options: options).evaluate(submission, in: history.context(now: now))
    }

    @Test func similarity() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 5))
        let edited = complaint.replacingOccurrences(of: "vijf", with: "zes")
        var options = DuplicateDetector.Options()
        #expect(try await findings(options, edited, history).isEmpty)
        options.similarity = 0.5
        // 16 shingles each, 13 shared: 13 / 19.
        #expect(try await findings(options, edited, history).map(\.reason) == ["68% the same as a comment by the same author 5 minutes ago"])
        options.similarity = 1
        #expect(try await findings(options, complaint, history).count == 1)
    }

    @Test func minimumWords() async throws {
        var history = RecordedHistory()
        history.record(earlier("Wat een goed stuk", minutesAgo: 1))
        var options = DuplicateDetector.Options()
        options.minimumWords = 5
        #expect(try await findings(options, "Wat een goed stuk", history).isEmpty)
        options.minimumWords = 1
        history.record(earlier("Mooi!", minutesAgo: 1))
        #expect(try await findings(options, "Mooi!", history).map(\.reason) == ["the same as a comment by the same author 1 minute ago"])
    }

    @Test func window() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 60 * 30))
        var options = DuplicateDetector.Options()
        options.earlierCopyScore = 0
        #expect(try await findings(options, complaint, history).isEmpty)
        options.window = .seconds(2 * 86_400)
        #expect(try await findings(options, complaint, history).map(\.reason) == ["the same as a comment by the same author 30 hours ago"])
        options.window = .zero
        history.record(earlier(complaint, minutesAgo: 1))
        #expect(try await findings(options, complaint, history).isEmpty)
    }

    @Test func crossColumnWindow() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 100, email: "ander@example.nl", column: "bank"))
        var options = DuplicateDetector.Options()
        options.earlierCopyScore = 0
        #expect(try await findings(options, complaint, history).isEmpty)
        options.crossColumnWindow = .seconds(3 * 3_600)
        #expect(try await findings(options, complaint, history).map(\.reason) == ["the same as a comment on column 'bank' 1 hour ago"])
    }

    @Test func maximumCompared() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 50))
        for minute in 1...3 {
            history.record(earlier("Een heel andere reactie nummer \(minute) over iets anders.", minutesAgo: Double(minute)))
        }
        var options = DuplicateDetector.Options()
        options.maximumCompared = 3
        options.earlierCopyScore = 0
        #expect(try await findings(options, complaint, history).isEmpty)
        options.maximumCompared = 4
        #expect(try await findings(options, complaint, history).count == 1)
    }

    @Test func score() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 5))
        var options = DuplicateDetector.Options()
        options.score = 8
        #expect(try await findings(options, complaint, history).map(\.score) == [8])
    }

    @Test func earlierCopyScoreAndMinimumWords() async throws {
        var history = RecordedHistory()
        history.record(earlier(complaint, minutesAgo: 60 * 24 * 40, email: "ander@example.nl"))
        var options = DuplicateDetector.Options()
        #expect(try await findings(options, complaint, history).map(\.score) == [2])
        options.earlierCopyMinimumWords = 20
        #expect(try await findings(options, complaint, history).isEmpty)
        options.earlierCopyMinimumWords = 4
        options.earlierCopyScore = 0
        #expect(try await findings(options, complaint, history).isEmpty)
    }
}
