import Foundation
import StempelServer
import Synchronization
import Testing

@Suite struct LoginThrottleTests {
    /// A clock the test moves by hand.
    final class Clock: Sendable {
        private let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        var date: Date { now.withLock { $0 } }
        func advance(_ seconds: Double) { now.withLock { $0 += seconds } }
    }

    private func throttle(_ clock: Clock) -> LoginThrottle {
        var configuration = LoginConfiguration()
        configuration.maxFailuresPerAccount = 2
        configuration.maxFailuresPerAddress = 3
        configuration.lockoutSeconds = 60
        return LoginThrottle(configuration: configuration) { clock.date }
    }

    @Test func locksAnAccountAfterItsFailuresUntilTheWindowEnds() async {
        let clock = Clock()
        let throttle = throttle(clock)
        await throttle.recordFailure(account: "Anja", address: "192.0.2.1")
        #expect(await throttle.retryAfter(account: "anja", address: "192.0.2.9") == nil)
        clock.advance(10)
        await throttle.recordFailure(account: "anja", address: "192.0.2.2")
        // Names are counted regardless of case; the wait runs from the first failure.
        #expect(await throttle.retryAfter(account: "ANJA", address: "192.0.2.9") == 50)
        #expect(await throttle.retryAfter(account: "bram", address: "192.0.2.9") == nil)
        clock.advance(50)
        #expect(await throttle.retryAfter(account: "anja", address: nil) == nil)
    }

    @Test func locksAnAddressAcrossAccountsAndASuccessDoesNotUnlockIt() async {
        let clock = Clock()
        let throttle = throttle(clock)
        for name in ["a", "b", "c"] { await throttle.recordFailure(account: name, address: "2001:db8::1") }
        #expect(await throttle.retryAfter(account: "d", address: "2001:db8::1") == 60)
        await throttle.recordSuccess(account: "a")
        #expect(await throttle.retryAfter(account: "a", address: "2001:db8::1") == 60)
        #expect(await throttle.retryAfter(account: "a", address: "2001:db8::2") == nil)
    }

    @Test func aSuccessForgetsTheAccountsFailures() async {
        let clock = Clock()
        let throttle = throttle(clock)
        await throttle.recordFailure(account: "anja", address: nil)
        await throttle.recordSuccess(account: "anja")
        await throttle.recordFailure(account: "anja", address: nil)
        #expect(await throttle.retryAfter(account: "anja", address: nil) == nil)
    }
}
