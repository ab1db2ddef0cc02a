import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresStorage
import StempelServer
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

    @Test(.enabled(if: url != nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set"))
    func aRateLimitSpentOnOneInstanceHoldsOnTheOther() async throws {
        try await ServerBackend.withLocation(try #require(Self.url)) { location in
            try await PostgresStore.withStore(location, logger: ServerBackend.logger) { first in
                try await PostgresStore.withStore(location, logger: ServerBackend.logger) { second in
                    let configure: (inout StempelConfiguration) -> Void = {
                        $0.rateLimits.enabled = true
                        $0.rateLimits.limits[.comments] = .init(requests: 3, seconds: 3_600)
                        $0.trustedProxies = try! TrustedProxies(["127.0.0.1"])
                    }
                    let one = try await TestServer(store: first, configure: configure)
                    let two = try await TestServer(store: second, configure: configure)
                    try await one.test(.live) { clientOne in
                        try await two.test(.live) { clientTwo in
                            func post(_ client: any TestClientProtocol, from address: String) async throws -> TestResponse {
                                try await client.execute(
                                    uri: "/api/v1/columns/de-bakker-op-de-hoek/comments", method: .post,
                                    headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: address],
                                    body: ByteBuffer(string: #"{"author": {"name": "Lezer"}, "body": "Herkenbaar verhaal."}"#))
                            }
                            // The load balancer sends the network's requests to either instance.
                            #expect(try await post(clientOne, from: "203.0.113.7").status == .created)
                            #expect(try await post(clientTwo, from: "203.0.113.8").status == .created)
                            #expect(try await post(clientOne, from: "203.0.113.9").status == .created)
                            let refused = try await post(clientTwo, from: "203.0.113.7")
                            #expect(refused.status == .tooManyRequests)
                            #expect(refused.headers[.retryAfter].flatMap { Int($0) } != nil)
                            #expect(try await post(clientOne, from: "203.0.113.7").status == .tooManyRequests)
                            // Another network has its own budget, on either instance.
                            #expect(try await post(clientTwo, from: "198.51.100.1").status == .created)
                        }
                    }
                }
            }
        }
    }

    @Test(.enabled(if: url != nil, "skipped: STEMPEL_TEST_POSTGRES_URL not set"))
    func failedSignInsOnOneInstanceLockTheAddressOnTheOther() async throws {
        try await ServerBackend.withLocation(try #require(Self.url)) { location in
            try await PostgresStore.withStore(location, logger: ServerBackend.logger) { first in
                try await PostgresStore.withStore(location, logger: ServerBackend.logger) { second in
                    let configure: (inout StempelConfiguration) -> Void = { $0.login.maxFailuresPerAddress = 3 }
                    let one = try await TestServer(store: first, configure: configure)
                    let two = try await TestServer(store: second, configure: configure)
                    let token = try await one.addModerator("anja")
                    try await one.test(.live) { clientOne in
                        try await two.test(.live) { clientTwo in
                            func queue(_ client: any TestClientProtocol, token: String) async throws -> TestResponse {
                                try await client.execute(uri: "/api/v1/queue", method: .get, headers: [.authorization: "Bearer \(token)"])
                            }
                            // Unknown tokens from one address, guessed on both instances.
                            #expect(try await queue(clientOne, token: "geraden-1").status == .unauthorized)
                            #expect(try await queue(clientTwo, token: "geraden-2").status == .unauthorized)
                            #expect(try await queue(clientOne, token: "geraden-3").status == .unauthorized)
                            // Locked on both, even for the right token.
                            let locked = try await queue(clientTwo, token: token)
                            #expect(locked.status == .tooManyRequests)
                            #expect(locked.headers[.retryAfter].flatMap { Int($0) } != nil)
                            #expect(try await queue(clientOne, token: "geraden-4").status == .tooManyRequests)
                        }
                    }
                }
            }
        }
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
