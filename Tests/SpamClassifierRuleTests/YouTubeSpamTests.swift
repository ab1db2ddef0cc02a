import ModerationKit
import ModerationKitTesting
import SpamClassifierRule
import Testing

/// Trains on the comments of four videos of the UCI YouTube Spam Collection (Psy, Katy Perry,
/// LMFAO, Eminem: 831 spam, 755 ham) and judges the fifth (Shakira: 174 spam, 196 ham).
///
/// Measured when written, the classifier alone: with `spamThreshold` 0.9 (SpamBayes's cutoff) 155
/// of 174 spam held or rejected (89.1%, 136 of them rejected) and 195 of 196 ham approved
/// (99.5%); with 0.7, 166 spam held (95.4%) and 187 ham approved (95.4%). The default, 0.75, lies
/// between; with the other default rules it meets the product's target (95% of spam held, 90%
/// of ham approved; see docs/performance.md).
@Suite("SpamClassifier on the UCI YouTube Spam Collection")
struct YouTubeSpamTests {
    static let training = ["Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv", "Youtube04-Eminem.csv"].flatMap(
        YouTubeComment.load
    )
    static let test = YouTubeComment.load("Youtube05-Shakira.csv")

    static func trainedHistory() -> RecordedHistory {
        let rule = SpamClassifier(options: .init())
        var history = RecordedHistory()
        for comment in training {
            history.learn(rule, from: submission(comment), as: comment.isSpam ? .spam : .ham)
        }
        return history
    }

    static func submission(_ comment: YouTubeComment) -> Submission {
        .sample(body: comment.content, authorName: comment.author)
    }

    /// The shares of the test's spam that the rule's findings hold (score 5 or more) and of its
    /// ham that they leave approved.
    static func shares(of rule: SpamClassifier, in history: RecordedHistory) async throws -> (spamHeld: Double, hamApproved: Double) {
        var spamHeld = 0
        var hamApproved = 0
        for comment in test {
            let score = try await rule.evaluate(submission(comment), in: history.context()).reduce(0) { $0 + $1.score }
            if comment.isSpam, score >= 5 { spamHeld += 1 }
            if !comment.isSpam, score < 5 { hamApproved += 1 }
        }
        let spam = test.count { $0.isSpam }
        return (Double(spamHeld) / Double(spam), Double(hamApproved) / Double(test.count - spam))
    }

    @Test func theCorpusIsComplete() {
        #expect(Self.training.count == 1_586)
        #expect(Self.training.count { $0.isSpam } == 831)
        #expect(Self.test.count == 370)
        #expect(Self.test.count { $0.isSpam } == 174)
    }

    @Test func defaultThresholds() async throws {
        let shares = try await Self.shares(of: SpamClassifier(options: .init()), in: Self.trainedHistory())
        #expect(shares.spamHeld >= 0.92)
        #expect(shares.hamApproved >= 0.94)
    }

    @Test func spamBayesCutoffHoldsLessButApprovesNearlyAllHam() async throws {
        let rule = try SpamClassifier.decoded(fromJSON: #"{"spamThreshold": 0.9}"#)
        let shares = try await Self.shares(of: rule, in: Self.trainedHistory())
        #expect(shares.spamHeld >= 0.88)
        #expect(shares.hamApproved >= 0.98)
    }

    @Test func aLowerSpamThresholdReachesTheProductTarget() async throws {
        let rule = try SpamClassifier.decoded(fromJSON: #"{"spamThreshold": 0.7}"#)
        let shares = try await Self.shares(of: rule, in: Self.trainedHistory())
        #expect(shares.spamHeld >= 0.95)
        #expect(shares.hamApproved >= 0.93)
    }
}
