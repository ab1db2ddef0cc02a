import FirstTimeAuthorRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("FirstTimeAuthorCheck")
struct FirstTimeAuthorCheckTests {
    let rule = FirstTimeAuthorCheck(options: .init())
    let comment = Submission.sample(
        body: "Herkenbaar verhaal. Bij mij duurde het ook drie weken voordat iemand van de klantenservice terugbelde.",
        authorName: "Marieke de Vries",
        email: "marieke@example.nl"
    )

    /// A history with `count` approved comments by `author` and some by others.
    func history(approved count: Int, by email: String? = "marieke@example.nl", name: String = "Marieke de Vries") -> RecordedHistory {
        var history = RecordedHistory()
        for index in 0..<count {
            history.record(.sample(body: "Eerdere reactie \(index)", authorName: name, email: email), approved: true)
        }
        history.record(.sample(body: "Reactie van iemand anders", authorName: "Piet", email: "piet@example.nl"), approved: true)
        history.record(.sample(body: "Niet goedgekeurd", authorName: name, email: email), approved: false)
        return history
    }

    @Test func identifierAndSummary() {
        #expect(FirstTimeAuthorCheck.identifier == "first-time-author")
        #expect(FirstTimeAuthorCheck.summary.contains("opt-in"))
    }

    @Test func defaults() {
        let options = FirstTimeAuthorCheck.Options()
        #expect(options.minimumApproved == 1)
        #expect(options.trustedAfter == 3)
        #expect(options.trustedScore == -2)
    }

    @Test func politeFirstCommentIsHeldWithoutScore() async throws {
        // By design: this is why the rule is opt-in.
        let findings = try await rule.evaluate(comment, in: RecordedHistory().context())
        #expect(findings == [Finding(score: 0, reason: "new author: no approved comments yet", action: .hold)])
    }

    @Test func unapprovedEarlierCommentsDoNotCount() async throws {
        let findings = try await rule.evaluate(comment, in: history(approved: 0).context())
        #expect(findings.map(\.action) == [.hold])
    }

    @Test(arguments: [1, 2])
    func authorWithAnApprovedCommentGetsNoFinding(approved: Int) async throws {
        #expect(try await rule.evaluate(comment, in: history(approved: approved).context()).isEmpty)
    }

    @Test func trustedAuthorScoresLower() async throws {
        let findings = try await rule.evaluate(comment, in: history(approved: 7).context())
        #expect(findings == [Finding(score: -2, reason: "trusted author: 7 approved comments")])
    }

    @Test func emailIsComparedWithoutCase() async throws {
        let shouting = Submission.sample(body: comment.body, authorName: "Marieke", email: "Marieke@Example.NL")
        let findings = try await rule.evaluate(shouting, in: history(approved: 3).context())
        #expect(findings.map(\.reason) == ["trusted author: 3 approved comments"])
    }

    @Test func authorWithoutEmailIsMatchedByNameButNeverTrusted() async throws {
        let anonymous = Submission.sample(body: comment.body, authorName: "Ans", email: nil)
        let approved = history(approved: 5, by: nil, name: "Ans")
        #expect(try await rule.evaluate(anonymous, in: approved.context()).isEmpty)
        #expect(try await rule.evaluate(anonymous, in: RecordedHistory().context()).map(\.action) == [.hold])
        let blank = Submission.sample(body: comment.body, authorName: "Ans", email: "  ")
        #expect(try await rule.evaluate(blank, in: approved.context()).isEmpty)
    }

    @Test func minimumApproved() async throws {
        var options = FirstTimeAuthorCheck.Options()
        options.minimumApproved = 2
        let findings = try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: history(approved: 1).context())
        #expect(findings == [Finding(score: 0, reason: "new author: 1 approved comment (at least 2 needed)", action: .hold)])
        options.minimumApproved = 0
        #expect(try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: RecordedHistory().context()).isEmpty)
    }

    @Test func trustedAfter() async throws {
        var options = FirstTimeAuthorCheck.Options()
        options.trustedAfter = 10
        #expect(try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: history(approved: 9).context()).isEmpty)
        #expect(try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: history(approved: 10).context()).count == 1)
        options.trustedAfter = 1
        let findings = try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: history(approved: 1).context())
        #expect(findings.map(\.reason) == ["trusted author: 1 approved comment"])
    }

    @Test func trustedScore() async throws {
        var options = FirstTimeAuthorCheck.Options()
        options.trustedScore = -4.5
        #expect(try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: history(approved: 3).context()).map(\.score) == [-4.5])
        options.trustedScore = 0
        #expect(try await FirstTimeAuthorCheck(options: options).evaluate(comment, in: history(approved: 3).context()).isEmpty)
    }
}
