import FloodRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("FloodGuard options at work")
struct FloodGuardOptionTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func comment(name: String = "Jan", email: String? = nil, address: String? = "192.0.2.10") -> Submission {
        .sample(body: "Nog een reactie.", authorName: name, email: email, clientAddress: address, receivedAt: now)
    }

    func history(_ count: Int, name: String = "Jan", email: String? = nil, address: String? = "192.0.2.10", spacing: TimeInterval = 10)
        -> RecordedHistory
    {
        var history = RecordedHistory()
        for index in 0..<count {
            let time = now.addingTimeInterval(-spacing * Double(index + 1))
            history.record(.sample(body: "Reactie \(index)", authorName: name, email: email, clientAddress: address, receivedAt: time))
        }
        return history
    }

    func findings(_ options: FloodGuard.Options, _ submission: Submission, _ history: RecordedHistory) async throws -> [Finding] {
        try await FloodGuard(options: options).evaluate(submission, in: history.context(now: now))
    }

    @Test func holdLimitWindowAndScore() async throws {
        var options = FloodGuard.Options()
        options.holdLimit = 2
        options.holdWindow = .seconds(90)
        options.holdScore = 3
        #expect(try await findings(options, comment(), history(1)).isEmpty)
        #expect(
            try await findings(options, comment(), history(2)) == [
                Finding(score: 3, reason: "3 comments from 192.0.2.0/24 in the last 90 seconds (at most 2)")
            ])
        #expect(try await findings(options, comment(), history(2, spacing: 50)).isEmpty)
    }

    @Test func rejectLimitWindowAndScore() async throws {
        var options = FloodGuard.Options()
        options.rejectLimit = 3
        options.rejectWindow = .seconds(86_400)
        options.rejectScore = 0
        let found = try await findings(options, comment(), history(3, spacing: 3_600))
        #expect(found == [Finding(score: 0, reason: "4 comments from 192.0.2.0/24 in the last day (at most 3)", action: .reject)])
    }

    @Test func rejectWinsOverHold() async throws {
        var options = FloodGuard.Options()
        options.rejectLimit = 6
        let found = try await findings(options, comment(), history(6))
        #expect(found.map(\.action) == [.reject])
        #expect(found.map(\.reason) == ["7 comments from 192.0.2.0/24 in the last hour (at most 6)"])
    }

    @Test func countByName() async throws {
        var options = FloodGuard.Options()
        #expect(try await findings(options, comment(address: nil), history(5, address: nil)).isEmpty)
        options.countBy = [.authorName]
        #expect(
            try await findings(options, comment(address: nil), history(5, address: nil)).map(\.reason) == [
                "6 comments from authors named 'Jan' in the last 10 minutes (at most 5)"
            ])
        // Names are compared exactly as written.
        #expect(try await findings(options, comment(name: "jan", address: nil), history(5, address: nil)).isEmpty)
    }

    @Test func emptyCountByTurnsTheRuleOff() async throws {
        var options = FloodGuard.Options()
        options.countBy = []
        #expect(try await findings(options, comment(), history(30)).isEmpty)
    }

    @Test func singleAddressInsteadOfNetwork() async throws {
        var neighbours = RecordedHistory()
        for host in 1...5 {
            neighbours.record(.sample(body: "Reactie", email: nil, clientAddress: "192.0.2.\(host + 20)", receivedAt: now - 30))
        }
        var options = FloodGuard.Options()
        options.ipv4PrefixLength = 32
        #expect(try await findings(options, comment(), neighbours).isEmpty)
        #expect(try await findings(options, comment(), history(5)).map(\.reason) == ["6 comments from 192.0.2.10 in the last 10 minutes (at most 5)"])
        options.ipv6PrefixLength = 128
        let six = comment(address: "2001:db8::1")
        #expect(
            try await findings(options, six, history(5, address: "2001:db8::1")).map(\.reason) == [
                "6 comments from 2001:db8::1 in the last 10 minutes (at most 5)"
            ])
        #expect(try await findings(options, six, history(5, address: "2001:db8::2")).isEmpty)
    }
}
