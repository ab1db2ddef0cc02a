import Foundation
import Storage
import Testing

/// Rate-limit buckets and failed sign-ins kept in the store, as several instances share them.
@Suite struct StoreRateLimitTests {
    private let start = Fixtures.day

    @Test(arguments: StoreBackend.available) func aBucketAllowsItsRequestsAtOnceThenRefillsEvenly(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            for _ in 0..<3 {
                #expect(try await store.takeRateToken(key: "comments 203.0.113.0/24", requests: 3, seconds: 60, at: start) == nil)
            }
            let wait = try #require(try await store.takeRateToken(key: "comments 203.0.113.0/24", requests: 3, seconds: 60, at: start))
            #expect(abs(wait - 20) < 0.001)
            // A refused request takes nothing: 5 s later the wait is 15 s.
            let later = try #require(
                try await store.takeRateToken(key: "comments 203.0.113.0/24", requests: 3, seconds: 60, at: start.addingTimeInterval(5)))
            #expect(abs(later - 15) < 0.001)
            // Another key has its own bucket.
            #expect(try await store.takeRateToken(key: "comments 198.51.100.0/24", requests: 3, seconds: 60, at: start) == nil)
            // One interval later, one request and no more.
            let refilled = start.addingTimeInterval(20)
            #expect(try await store.takeRateToken(key: "comments 203.0.113.0/24", requests: 3, seconds: 60, at: refilled) == nil)
            #expect(try await store.takeRateToken(key: "comments 203.0.113.0/24", requests: 3, seconds: 60, at: refilled) != nil)
        }
    }

    @Test(arguments: StoreBackend.available) func pruningKeepsTheBucketsThatAreNotFull(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            for _ in 0..<2 { #expect(try await store.takeRateToken(key: "busy", requests: 2, seconds: 3_600, at: start) == nil) }
            #expect(try await store.takeRateToken(key: "idle", requests: 2, seconds: 60, at: start) == nil)
            try await store.pruneRateBuckets(at: start.addingTimeInterval(120))
            #expect(try await store.takeRateToken(key: "busy", requests: 2, seconds: 3_600, at: start.addingTimeInterval(120)) != nil)
            for _ in 0..<2 {
                #expect(try await store.takeRateToken(key: "idle", requests: 2, seconds: 60, at: start.addingTimeInterval(120)) == nil)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func loginFailuresCountInAWindowFromTheFirst(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.recordLoginFailure(keys: ["account:anja", "address:192.0.2.1"], window: 60, at: start)
            try await store.recordLoginFailure(keys: ["account:anja"], window: 60, at: start.addingTimeInterval(10))
            let counted = try await store.loginFailures(
                keys: ["account:anja", "address:192.0.2.1", "account:bram"], window: 60, at: start.addingTimeInterval(30))
            #expect(counted == ["account:anja": LoginFailures(count: 2, start: start), "address:192.0.2.1": LoginFailures(count: 1, start: start)])
            // The window ends 60 s after the first failure; the next failure starts a new one.
            #expect(try await store.loginFailures(keys: ["account:anja"], window: 60, at: start.addingTimeInterval(60)).isEmpty)
            try await store.recordLoginFailure(keys: ["account:anja"], window: 60, at: start.addingTimeInterval(61))
            #expect(
                try await store.loginFailures(keys: ["account:anja"], window: 60, at: start.addingTimeInterval(61))
                    == ["account:anja": LoginFailures(count: 1, start: start.addingTimeInterval(61))])
            try await store.clearLoginFailures(key: "account:anja")
            #expect(try await store.loginFailures(keys: ["account:anja"], window: 60, at: start.addingTimeInterval(62)).isEmpty)
            // Pruning deletes ended windows only.
            try await store.recordLoginFailure(keys: ["address:192.0.2.9"], window: 60, at: start.addingTimeInterval(50))
            try await store.pruneLoginFailures(window: 60, at: start.addingTimeInterval(70))
            #expect(try await store.loginFailures(keys: ["address:192.0.2.9"], window: 60, at: start.addingTimeInterval(70)).count == 1)
        }
    }
}
