import ModerationKit
import ModerationKitTesting
import SpamClassifierRule
import Testing

@Suite("SpamClassifier with default options")
struct SpamClassifierTests {
    let rule = SpamClassifier(options: .init())

    /// A history that learned the first `ham` and `spam` synthetic comments.
    static func trained(ham: Int = SyntheticComments.ham.count, spam: Int = SyntheticComments.spam.count) -> RecordedHistory {
        let rule = SpamClassifier(options: .init())
        var history = RecordedHistory()
        for body in SyntheticComments.ham.prefix(ham) { history.learn(rule, from: .sample(body: body), as: .ham) }
        for body in SyntheticComments.spam.prefix(spam) { history.learn(rule, from: .sample(body: body), as: .spam) }
        return history
    }

    static let unseenSpam = "Hey guys check out my channel for free crypto signals, subscribe at https://mychannel.example/subscribe !!"
    static let unseenHam = "Wat een herkenbaar verhaal, bij de bakker om de hoek ging het precies zo."

    @Test func identifierAndSummary() {
        #expect(SpamClassifier.identifier == "spam-classifier")
        #expect(!SpamClassifier.summary.isEmpty)
    }

    @Test func defaults() {
        let options = SpamClassifier.Options()
        #expect(options.minimumExamples == 200)
        #expect(options.spamThreshold == 0.75)
        #expect(options.certainSpamThreshold == 0.99)
        #expect(options.hamThreshold == 0.2)
        #expect(options.spamScore == 6)
        #expect(options.certainSpamScore == 10)
        #expect(options.hamScore == -1)
    }

    @Test func syntheticSetIsLargeEnough() {
        #expect(SyntheticComments.ham.count == 288)
        #expect(SyntheticComments.spam.count == 288)
        #expect(Set(SyntheticComments.ham + SyntheticComments.spam).count == 576)
    }

    @Test func silentWithoutTraining() async throws {
        #expect(try await rule.findings(for: Self.unseenSpam).isEmpty)
        #expect(try await rule.findings(for: Self.unseenHam).isEmpty)
    }

    @Test(arguments: [(199, 288), (288, 199), (0, 288)])
    func silentBelowTheMinimumOfEitherClass(ham: Int, spam: Int) async throws {
        let history = Self.trained(ham: ham, spam: spam)
        #expect(try await rule.evaluate(.sample(body: Self.unseenSpam), in: history.context()).isEmpty)
        #expect(try await rule.evaluate(.sample(body: SyntheticComments.spam[0]), in: history.context()).isEmpty)
    }

    @Test func speaksAtTheMinimum() async throws {
        let history = Self.trained(ham: 200, spam: 200)
        #expect(try await rule.evaluate(.sample(body: SyntheticComments.spam[0]), in: history.context()).count == 1)
    }

    @Test func unseenSpamIsHeldOrRejected() async throws {
        let findings = try await rule.evaluate(.sample(body: Self.unseenSpam), in: Self.trained().context())
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.score >= 6 && $0.reason.hasPrefix("spam probability 0.9") || $0.reason.hasPrefix("spam probability 1.00") })
    }

    @Test func learnedSpamIsRejected() async throws {
        let findings = try await rule.evaluate(.sample(body: SyntheticComments.spam[42]), in: Self.trained().context())
        #expect(findings.map(\.score) == [10])
    }

    @Test(arguments: [
        "Wat een herkenbaar verhaal, bij de bakker om de hoek ging het precies zo.",
        "Nicely written! The baker around the corner is just as friendly, thanks for sharing.",
    ])
    func unseenHamCountsForTheComment(_ body: String) async throws {
        let findings = try await rule.evaluate(.sample(body: body), in: Self.trained().context())
        #expect(findings.map(\.score) == [-1])
        #expect(findings.allSatisfy { $0.reason.hasPrefix("spam probability 0.") })
    }

    @Test func reasonNamesTheThreeStrongestClues() async throws {
        let submission = Submission.sample(body: Self.unseenSpam)
        let reason = try #require(try await rule.evaluate(submission, in: Self.trained().context()).first?.reason)
        // "spam probability 0.99 (a, b, c)"
        let open = try #require(reason.firstIndex(of: "("))
        #expect(reason.last == ")")
        let names = reason[reason.index(after: open)..<reason.index(before: reason.endIndex)].split(separator: ", ").map(String.init)
        #expect(names.count == 3)
        #expect(Set(names).isSubset(of: rule.features(of: submission)))
    }

    @Test func betweenTheThresholdsIsNoFinding() async throws {
        // Nothing the classifier has seen, and shorter than every example: no clues, probability 0.5.
        let findings = try await rule.evaluate(.sample(body: "Zzyzx qwerty"), in: Self.trained().context())
        #expect(findings.isEmpty)
    }

    @Test func asksTheStoreForItsOwnCountsOnly() async throws {
        var history = Self.trained()
        // Another learning rule's counts under another identifier must not leak in.
        history.learn(OtherLearner(options: .init()), from: .sample(body: Self.unseenHam), as: .spam)
        let findings = try await rule.evaluate(.sample(body: Self.unseenHam), in: history.context())
        #expect(findings.map(\.score) == [-1])
    }
}

/// A learning rule with another identifier, to check that counts are kept apart.
private struct OtherLearner: LearningRule {
    static let identifier = "other-learner"
    static let summary = "Learns nothing useful."
    let options: NoOptions
    func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] { [] }
    func features(of submission: Submission) -> Set<String> { ["bakker", "herkenbaar", "verhaal"] }
}
