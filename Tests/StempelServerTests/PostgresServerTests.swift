import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresStorage
import Storage
import Testing

/// Two applications on one PostgreSQL database, as two instances behind a load balancer would be.
@Suite struct PostgresServerTests {
    static let url = ProcessInfo.processInfo.environment["STEMPEL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    @Test(.enabled(if: url != nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set"))
    func aCommentApprovedOnOneInstanceShowsInTheOthersCachedFeed() async throws {
        var location = try PostgresLocation(url: try #require(Self.url))
        location.schema = "server_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        location.maximumConnections = 4
        var logger = Logger(label: "stempel.tests")
        logger.logLevel = .warning
        do {
            try await PostgresStore.withStore(location, logger: logger) { first in
                try await PostgresStore.withStore(location, logger: logger) { second in
                    #expect(try await first.waitUntilListening())
                    #expect(try await second.waitUntilListening())
                    try await Self.check(TestServer(store: first), TestServer(store: second))
                }
            }
        } catch {
            try? await Self.drop(location, logger: logger)
            throw error
        }
        try await Self.drop(location, logger: logger)
    }

    private static func check(_ one: TestServer, _ two: TestServer) async throws {
        // Accounts live in the database: one made through the first instance signs in on the second.
        let token = try await one.addModerator("anja")
        try await one.test { clientOne in
            try await two.test { clientTwo in
                // The first instance renders its comment feed now, so that its cache holds an empty thread.
                _ = try await clientOne.execute(uri: "/feeds/comments.atom", method: .get)
                let held = try await clientTwo.postComment("JA, WAT EEN GEDOE MET DIE MAP!")
                #expect(held.status == .created && held.json["status"] as? String == "held")
                let id = try #require(held.json["id"] as? String)

                // Decided on the second instance, with the token made through the first.
                let decision = try await clientTwo.execute(
                    uri: "/api/v1/submissions/\(id)/decision", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                    body: ByteBuffer(string: #"{"action": "approve"}"#))
                #expect(decision.status == .ok && decision.json["status"] as? String == "approved")

                // The first instance made no change itself: only the NOTIFY from the second can
                // tell its cache that the feed changed (delivered within moments, not instantly).
                var shown = false
                for _ in 0..<100 where !shown {
                    shown = try await clientOne.execute(uri: "/feeds/comments.atom", method: .get).text.contains("JA, WAT EEN GEDOE MET DIE MAP!")
                    if !shown { try await Task.sleep(for: .milliseconds(50)) }
                }
                #expect(shown)
                let column = try await clientTwo.execute(uri: "/api/v1/columns/de-bakker-op-de-hoek", method: .get)
                #expect(column.json["comment_count"] as? Int == 1)
            }
        }
    }

    private static func drop(_ location: PostgresLocation, logger: Logger) async throws {
        try await PostgresStore.withStore(location, logger: logger, migrate: false) { store in try await store.dropSchema() }
    }
}
