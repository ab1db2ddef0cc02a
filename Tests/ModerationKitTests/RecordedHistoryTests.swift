import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite struct RecordedHistoryTests {
    struct WordLearner: LearningRule {
        static let identifier = "word-learner"
        static let summary = "Learns words."
        init(options: NoOptions) {}
        func features(of submission: Submission) -> Set<String> { Set(submission.body.lowercased().split(separator: " ").map(String.init)) }
        func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] { [] }
    }

    @Test func answersEveryHistoryQuestion() async throws {
        var history = RecordedHistory()
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        history.record(.sample(body: "eerste", clientAddress: "192.0.2.10", receivedAt: now.addingTimeInterval(-120)), approved: true)
        history.record(.sample(body: "tweede", clientAddress: "192.0.2.99", receivedAt: now.addingTimeInterval(-60)))
        history.record(.sample(body: "oud", receivedAt: now.addingTimeInterval(-86_400)))
        history.record(ColumnInfo(slug: "voorbeeld", title: "Titel", tags: ["klachten"], text: "Tekst"))
        let rule = WordLearner(options: NoOptions())
        history.learn(rule, from: .sample(body: "gratis geld"), as: .spam)
        history.learn(rule, from: .sample(body: "mooi verhaal"), as: .ham)

        let context = history.context(now: now)
        #expect(try await context.recentSubmissionCount(.clientNetwork("192.0.2.0/24"), within: .seconds(3600)) == 2)
        #expect(try await context.recentSubmissions(.anyone, within: .seconds(3600)).map(\.body) == ["tweede", "eerste"])
        #expect(try await context.recentSubmissions(.anyone, within: .seconds(100_000), limit: 1).map(\.body) == ["tweede"])
        #expect(try await context.column("voorbeeld")?.tags == ["klachten"])
        #expect(try await context.column("onbekend") == nil)
        let counts = try await context.learnedCounts(rule: "word-learner", features: ["gratis", "verhaal", "nieuw"])
        #expect(counts.spamExamples == 1 && counts.hamExamples == 1)
        #expect(counts.features == ["gratis": .init(spam: 1, ham: 0), "verhaal": .init(spam: 0, ham: 1)])
    }
}
