import FloodRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("FloodGuard")
struct FloodGuardTests {
    let rule = FloodGuard(options: .init())
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    /// A new comment, judged at `now`.
    func comment(email: String? = "lezer@example.nl", name: String = "Lezer", address: String? = "203.0.113.77") -> Submission {
        .sample(
            body: "Bij mij precies hetzelfde gebeurd, ik wacht nog steeds op mijn geld.",
            authorName: name,
            email: email,
            clientAddress: address,
            receivedAt: now
        )
    }

    /// A history with `count` earlier comments, one a minute before `now` (or `spacing` apart).
    func history(
        _ count: Int,
        email: String? = "lezer@example.nl",
        name: String = "Lezer",
        address: String? = "203.0.113.77",
        spacing: TimeInterval = 60
    ) -> RecordedHistory {
        var history = RecordedHistory()
        for index in 0..<count {
            let time = now.addingTimeInterval(-spacing * Double(index + 1))
            history.record(.sample(body: "Reactie \(index)", authorName: name, email: email, clientAddress: address, receivedAt: time))
        }
        return history
    }

    func findings(_ submission: Submission, _ history: RecordedHistory, rule: FloodGuard? = nil) async throws -> [Finding] {
        try await (rule ?? self.rule).evaluate(submission, in: history.context(now: now))
    }

    @Test func identifierAndSummary() {
        #expect(FloodGuard.identifier == "flood")
        #expect(!FloodGuard.summary.isEmpty)
    }

    @Test func defaults() {
        let options = FloodGuard.Options()
        #expect(options.holdLimit == 5)
        #expect(options.holdWindow == .seconds(600))
        #expect(options.holdScore == 5)
        #expect(options.rejectLimit == 20)
        #expect(options.rejectWindow == .seconds(3_600))
        #expect(options.rejectScore == 10)
        #expect(options.countBy == [.authorEmail, .clientNetwork])
        #expect(options.ipv4PrefixLength == 24)
        #expect(options.ipv6PrefixLength == 48)
    }

    @Test func politeFirstCommentIsFine() async throws {
        #expect(try await findings(comment(), RecordedHistory()).isEmpty)
    }

    @Test func fiveCommentsIncludingThisOneAreFine() async throws {
        // The store's count excludes the comment being judged: 4 earlier + this one = 5.
        #expect(try await findings(comment(), history(4)).isEmpty)
    }

    @Test func sixthCommentInTenMinutesHolds() async throws {
        let found = try await findings(comment(), history(5))
        #expect(
            found == [
                Finding(
                    score: 5,
                    reason: "6 comments from lezer@example.nl in the last 10 minutes (at most 5); "
                        + "6 comments from 203.0.113.0/24 in the last 10 minutes (at most 5)"
                )
            ]
        )
    }

    @Test func oldCommentsDoNotCount() async throws {
        // Five comments, but twelve minutes apart: none of them in the last 10 minutes.
        #expect(try await findings(comment(), history(5, spacing: 12 * 60)).isEmpty)
    }

    @Test func twentyFirstCommentInAnHourIsRejected() async throws {
        let found = try await findings(comment(email: "ander@example.nl"), history(20, email: "spam@example.com", spacing: 150))
        #expect(found == [Finding(score: 10, reason: "21 comments from 203.0.113.0/24 in the last hour (at most 20)", action: .reject)])
    }

    @Test func neighboursInTheSameNetworkCount() async throws {
        var history = RecordedHistory()
        for host in 1...5 {
            history.record(.sample(body: "Reactie", email: "lezer\(host)@example.nl", clientAddress: "203.0.113.\(host)", receivedAt: now - 30))
        }
        let found = try await findings(comment(email: "nieuw@example.nl"), history)
        #expect(found.map(\.reason) == ["6 comments from 203.0.113.0/24 in the last 10 minutes (at most 5)"])
        // Another network is not affected.
        #expect(try await findings(comment(email: "nieuw@example.nl", address: "198.51.100.7"), history).isEmpty)
    }

    @Test func ipv6NetworksAreSlash48() async throws {
        var history = RecordedHistory()
        for host in 1...5 {
            history.record(.sample(body: "Reactie", email: nil, clientAddress: "2001:db8:1:\(host)::5", receivedAt: now - 30))
        }
        let found = try await findings(comment(email: nil, address: "2001:db8:1:ff::1"), history)
        #expect(found.map(\.reason) == ["6 comments from 2001:db8:1::/48 in the last 10 minutes (at most 5)"])
    }

    @Test func emailIsComparedWithoutCase() async throws {
        let found = try await findings(comment(email: "Lezer@Example.NL", address: nil), history(5, address: nil))
        #expect(found.map(\.reason) == ["6 comments from lezer@example.nl in the last 10 minutes (at most 5)"])
    }

    @Test func missingSourcesAreSkipped() async throws {
        #expect(try await findings(comment(email: nil, address: nil), history(30, email: nil, address: nil)).isEmpty)
        #expect(try await findings(comment(email: "  ", address: "niet-een-adres"), history(30, email: "  ", address: "niet-een-adres")).isEmpty)
    }
}
