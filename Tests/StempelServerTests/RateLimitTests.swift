import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StempelServer
import Storage
import Testing

/// Rate limits at the edge: per kind of route and client network, 429 with Retry-After.
@Suite struct RateLimitTests {
    @Test func aNetworkThatSpendsItsCommentsWaitsWithRetryAfterWhileOthersGoOn() async throws {
        let server = try await TestServer {
            $0.rateLimits.enabled = true
            $0.rateLimits.limits[.comments] = .init(requests: 3, seconds: 60)
            $0.trustedProxies = try! TrustedProxies(["127.0.0.1"])
        }
        // Live, on a socket: the peer is 127.0.0.1, a trusted proxy, so X-Forwarded-For names the client.
        try await server.test(.live) { client in
            func post(from address: String) async throws -> TestResponse {
                let payload = #"{"author": {"name": "Lezer"}, "body": "Herkenbaar verhaal."}"#
                return try await client.execute(
                    uri: "/api/v1/columns/de-bakker-op-de-hoek/comments", method: .post,
                    headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: address], body: ByteBuffer(string: payload))
            }
            for _ in 0..<3 { #expect(try await post(from: "203.0.113.7").status == .created) }
            // Another address in the same /24 shares the bucket.
            let limited = try await post(from: "203.0.113.99")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.contentType] == "application/problem+json")
            let retryAfter = try #require(limited.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...20).contains(retryAfter))
            #expect(limited.json["detail"] as? String == "This network may make 3/min requests of this kind; try again in \(retryAfter) s.")
            // Another network, and reading, are not affected.
            #expect(try await post(from: "198.51.100.1").status == .created)
            let feed = try await client.execute(
                uri: "/feeds/columns.atom", method: .get, headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.7"])
            #expect(feed.status == .ok)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
        #expect(try await server.store.approvedComments(onColumn: "de-bakker-op-de-hoek").count == 4)
    }

    @Test(arguments: [false, true]) func withSharedCountsApplicationsOnOneStoreShareABudget(_ shared: Bool) async throws {
        // Two applications on one SQLite store stand in for two instances on one database.
        let store = try SQLiteStore.inMemory()
        let configure: (inout StempelConfiguration) -> Void = {
            $0.rateLimits.enabled = true
            $0.rateLimits.limits[.comments] = .init(requests: 2, seconds: 3_600)
            if shared { $0.rateLimits.shared = true }
        }
        let one = try await TestServer(store: store, configure: configure)
        let two = try await TestServer(store: store, configure: configure)
        let first = try await one.test { client in
            [
                try await client.postComment("Herkenbaar verhaal.").status, try await client.postComment("Mooi geschreven.").status,
                try await client.postComment("Nog eentje.").status,
            ]
        }
        #expect(first == [.created, .created, .tooManyRequests])
        // In memory (the default on SQLite) each application counts its own.
        let second = try await two.test { client in try await client.postComment("Van de ander.").status }
        #expect(second == (shared ? .tooManyRequests : .created))
    }

    @Test func limitsAreReadFromTheConfigurationWithClearErrors() throws {
        let configuration = try StempelConfiguration.parse(
            yaml: """
                rate_limits:
                  shared: true
                  comments: 10/min
                  feeds: 5/s
                  ipv6_prefix: 56
                """)
        #expect(configuration.rateLimits.shared == true)
        #expect(RateLimitConfiguration().shared == nil)
        #expect(configuration.rateLimits.limits[.comments] == .init(requests: 10, seconds: 60))
        #expect(configuration.rateLimits.limits[.feeds] == .init(requests: 5, seconds: 1))
        #expect(configuration.rateLimits.limits[.api] == .init(requests: 600, seconds: 60))
        #expect(configuration.rateLimits.ipv6PrefixLength == 56)
        #expect(throws: ConfigurationError.self) { try StempelConfiguration.parse(yaml: "rate_limits:\n  comments: veel\n") }
        do {
            _ = try StempelConfiguration.parse(yaml: "rate_limits:\n  comments: veel\n", file: "stempel.yaml")
        } catch let error as ConfigurationError {
            #expect(error.description.contains("rate_limits.comments"))
            #expect(error.description.contains("such as 30/min"))
        }
        #expect(try StempelConfiguration().applying(environment: ["STEMPEL_RATE_LIMITS": "off"]).rateLimits.enabled == false)
        #expect(throws: ConfigurationError.self) { try StempelConfiguration().applying(environment: ["STEMPEL_RATE_LIMITS": "nee"]) }
    }
}
