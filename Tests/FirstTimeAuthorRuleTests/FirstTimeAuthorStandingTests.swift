import FirstTimeAuthorRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

/// Authors a moderator marked trusted or blocked, as the first-time author check sees them.
@Suite("FirstTimeAuthorCheck and author standing")
struct FirstTimeAuthorStandingTests {
    let rule = FirstTimeAuthorCheck(options: .init())
    let newcomer = Submission.sample(body: "Mijn eerste reactie hier.", authorName: "Nieuw", email: "nieuw@example.nl", clientAddress: "203.0.113.7")

    @Test func aTrustedNewcomerSkipsTheHoldAndScoresLower() async throws {
        var history = RecordedHistory()
        history.mark(.authorEmail("nieuw@example.nl"), as: .trusted)
        let findings = try await rule.evaluate(newcomer, in: history.context())
        #expect(findings == [Finding(score: -2, reason: "trusted author: marked trusted by a moderator")])
    }

    @Test func trustByAddressNeedsNoEmail() async throws {
        var history = RecordedHistory()
        history.mark(.clientNetwork("203.0.113.0/24"), as: .trusted)
        var anonymous = newcomer
        anonymous.author.email = nil
        #expect(try await rule.evaluate(anonymous, in: history.context()).map(\.action) == [nil])
    }

    @Test func aZeroTrustedScoreOnlyLiftsTheHold() async throws {
        var history = RecordedHistory()
        history.mark(.clientAddress("203.0.113.7"), as: .trusted)
        var options = FirstTimeAuthorCheck.Options()
        options.trustedScore = 0
        #expect(try await FirstTimeAuthorCheck(options: options).evaluate(newcomer, in: history.context()).isEmpty)
    }

    @Test func blockedAndUnmarkedNewcomersAreStillHeld() async throws {
        var history = RecordedHistory()
        history.mark(.authorEmail("nieuw@example.nl"), as: .trusted)
        history.mark(.clientAddress("203.0.113.7"), as: .blocked)
        #expect(try await rule.evaluate(newcomer, in: history.context()).map(\.action) == [.hold])
        #expect(try await rule.evaluate(newcomer, in: RecordedHistory().context()).map(\.action) == [.hold])
    }
}
