import BlockedAuthorRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("BlockedAuthorCheck")
struct BlockedAuthorCheckTests {
    let comment = Submission.sample(body: "Koop nu goedkope horloges", authorName: "Verkoper", email: "Verkoper@Example.com ")

    func submission(address: String?) -> Submission {
        var submission = comment
        submission.clientAddress = address
        return submission
    }

    @Test func identifierSummaryAndDefaults() {
        #expect(BlockedAuthorCheck.identifier == "blocked-authors")
        #expect(BlockedAuthorCheck.Options().action == .reject)
    }

    @Test func unmarkedAuthorsPassUnnoticed() async throws {
        var history = RecordedHistory()
        history.mark(.authorEmail("iemand-anders@example.com"), as: .blocked)
        history.mark(.clientAddress("198.51.100.9"), as: .blocked)
        let findings = try await BlockedAuthorCheck(options: .init()).evaluate(submission(address: "203.0.113.7"), in: history.context())
        #expect(findings.isEmpty)
    }

    @Test func aBlockedEmailIsRejectedWhateverItsCaseAndSpaces() async throws {
        var history = RecordedHistory()
        history.mark(.authorEmail("verkoper@example.com"), as: .blocked)
        let findings = try await BlockedAuthorCheck(options: .init()).evaluate(comment, in: history.context())
        #expect(findings == [Finding(score: 0, reason: "blocked author: a moderator blocked this author", action: .reject)])
    }

    @Test func aBlockedNetworkCatchesEveryAddressInIt() async throws {
        var history = RecordedHistory()
        history.mark(.clientNetwork("203.0.113.0/24"), as: .blocked)
        let rule = BlockedAuthorCheck(options: .init())
        #expect(try await rule.evaluate(submission(address: "203.0.113.200"), in: history.context()).map(\.action) == [.reject])
        #expect(try await rule.evaluate(submission(address: "203.0.114.1"), in: history.context()).isEmpty)
    }

    @Test func aBlockOutranksTrust() async throws {
        // The email address is whatever the sender typed: it must not lift a block on the network.
        var history = RecordedHistory()
        history.mark(.authorEmail("verkoper@example.com"), as: .trusted)
        history.mark(.clientAddress("203.0.113.7"), as: .blocked)
        #expect(try await history.authorStanding(of: submission(address: "203.0.113.7")) == .blocked)
        #expect(try await history.authorStanding(of: submission(address: "203.0.113.8")) == .trusted)
    }

    @Test func holdInsteadOfRejectWhenConfigured() async throws {
        var history = RecordedHistory()
        history.mark(.clientAddress("203.0.113.7"), as: .blocked)
        let options = try JSONDecoder().decode(BlockedAuthorCheck.Options.self, from: Data(#"{"action": "hold"}"#.utf8))
        let findings = try await BlockedAuthorCheck(options: options).evaluate(submission(address: "203.0.113.7"), in: history.context())
        #expect(findings.map(\.action) == [.hold])
    }

    @Test func anUnknownActionIsRefusedByName() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BlockedAuthorCheck.Options.self, from: Data(#"{"action": "delete"}"#.utf8))
        }
    }
}
