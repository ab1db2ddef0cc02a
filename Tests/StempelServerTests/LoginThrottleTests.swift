import Foundation
import StempelServer
import Storage
import Synchronization
import Testing

@Suite struct LoginThrottleTests {
    /// A clock the test moves by hand.
    final class Clock: Sendable {
        private let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        var date: Date { now.withLock { $0 } }
        func advance(_ seconds: Double) { now.withLock { $0 += seconds } }
    }

    /// Where a throttle counts: in memory, or in a store (as several instances share one).
    enum Counting: Sendable, CustomTestStringConvertible {
        case memory
        case store(ServerBackend)

        static let all: [Counting] = [.memory] + ServerBackend.available.map { .store($0) }

        var testDescription: String {
            switch self {
            case .memory: "memory"
            case .store(let backend): backend.testDescription
            }
        }

        func withThrottle(_ clock: Clock, _ body: (LoginThrottle) async throws -> Void) async throws {
            var configuration = LoginConfiguration()
            configuration.maxFailuresPerAccount = 2
            configuration.maxFailuresPerAddress = 3
            configuration.lockoutSeconds = 60
            switch self {
            case .memory:
                try await body(LoginThrottle(configuration: configuration) { clock.date })
            case .store(let backend):
                try await backend.withStore { store in
                    let counts = try #require(store as? any RateLimitStore)
                    try await body(LoginThrottle(configuration: configuration, store: counts) { clock.date })
                }
            }
        }
    }

    @Test(arguments: Counting.all) func locksAnAccountAfterItsFailuresUntilTheWindowEnds(_ counting: Counting) async throws {
        let clock = Clock()
        try await counting.withThrottle(clock) { throttle in
            try await throttle.recordFailure(account: "Anja", address: "192.0.2.1")
            #expect(try await throttle.retryAfter(account: "anja", address: "192.0.2.9") == nil)
            clock.advance(10)
            try await throttle.recordFailure(account: "anja", address: "192.0.2.2")
            // Names are counted regardless of case; the wait runs from the first failure.
            #expect(try await throttle.retryAfter(account: "ANJA", address: "192.0.2.9") == 50)
            #expect(try await throttle.retryAfter(account: "bram", address: "192.0.2.9") == nil)
            clock.advance(50)
            #expect(try await throttle.retryAfter(account: "anja", address: nil) == nil)
        }
    }

    @Test(arguments: Counting.all) func locksAnAddressAcrossAccountsAndASuccessDoesNotUnlockIt(_ counting: Counting) async throws {
        let clock = Clock()
        try await counting.withThrottle(clock) { throttle in
            for name in ["a", "b", "c"] { try await throttle.recordFailure(account: name, address: "2001:db8::1") }
            #expect(try await throttle.retryAfter(account: "d", address: "2001:db8::1") == 60)
            try await throttle.recordSuccess(account: "a")
            #expect(try await throttle.retryAfter(account: "a", address: "2001:db8::1") == 60)
            #expect(try await throttle.retryAfter(account: "a", address: "2001:db8::2") == nil)
        }
    }

    @Test(arguments: Counting.all) func aSuccessForgetsTheAccountsFailures(_ counting: Counting) async throws {
        let clock = Clock()
        try await counting.withThrottle(clock) { throttle in
            try await throttle.recordFailure(account: "anja", address: nil)
            try await throttle.recordSuccess(account: "anja")
            try await throttle.recordFailure(account: "anja", address: nil)
            #expect(try await throttle.retryAfter(account: "anja", address: nil) == nil)
        }
    }
}
