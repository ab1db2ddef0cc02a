import Foundation
import Storage

/// Counts failed sign-ins per account and per client address, and locks either for a while
/// once it has failed too often.
///
/// A lock holds even for the right password: otherwise guessing could simply go on. The counts
/// live in memory unless a ``RateLimitStore`` is given (several instances on one PostgreSQL
/// database): in memory a restart forgets them, which only ever gives an attacker one more
/// window, while keeping them in SQLite would cost a write for every failed guess. In the store,
/// every instance counts the same failures, so that guessing spread over the instances behind a
/// load balancer is locked as soon as on one.
///
/// ```swift
/// if let seconds = try await throttle.retryAfter(account: "anja", address: "192.0.2.1") { /* 429 */ }
/// ```
public actor LoginThrottle {
    private struct Window {
        var failures: Int
        var start: Date
    }

    private let configuration: LoginConfiguration
    private let store: (any RateLimitStore)?
    private let now: @Sendable () -> Date
    private var windows: [String: Window] = [:]
    private var lastPrune = Date.distantPast

    /// Creates a throttle that counts in memory, or in `store` when given; `now` is the clock
    /// (tests pass their own).
    public init(configuration: LoginConfiguration, store: (any RateLimitStore)? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        self.store = store
        self.now = now
    }

    /// The seconds until the account or the address may try again, or nil when neither is locked.
    public func retryAfter(account: String?, address: String?) async throws -> Int? {
        let date = now()
        let limits = [
            (account.map(Self.accountKey), configuration.maxFailuresPerAccount),
            (address.map(Self.addressKey), configuration.maxFailuresPerAddress),
        ].compactMap { key, limit in key.map { ($0, limit) } }
        let current = try await windows(for: limits.map(\.0), at: date)
        return limits.compactMap { key, limit in current[key].flatMap { wait(in: $0, limit: limit, at: date) } }.max()
    }

    /// Counts a failed attempt against the account (if one was named) and the address.
    public func recordFailure(account: String?, address: String?) async throws {
        let date = now()
        let keys = [account.map(Self.accountKey), address.map(Self.addressKey)].compactMap { $0 }
        if let store {
            try await store.recordLoginFailure(keys: keys, window: lockout, at: date)
            // Ended windows are deleted now and then, by whichever instance counts a failure.
            if date.timeIntervalSince(lastPrune) >= 60 {
                lastPrune = date
                try await store.pruneLoginFailures(window: lockout, at: date)
            }
            return
        }
        if windows.count > 10_000 { sweep(at: date) }
        for key in keys {
            if var window = windows[key], !isExpired(window, at: date) {
                window.failures += 1
                windows[key] = window
            } else {
                windows[key] = Window(failures: 1, start: date)
            }
        }
    }

    /// Forgets the account's failures after a successful sign-in; the address keeps its count,
    /// so that one right password does not reset guessing at other accounts.
    public func recordSuccess(account: String) async throws {
        if let store {
            try await store.clearLoginFailures(key: Self.accountKey(account))
        } else {
            windows[Self.accountKey(account)] = nil
        }
    }

    private var lockout: Double { Double(configuration.lockoutSeconds) }

    /// The windows of `keys` that have not ended, from memory or the store.
    private func windows(for keys: [String], at date: Date) async throws -> [String: Window] {
        guard let store else {
            var found: [String: Window] = [:]
            for key in keys { found[key] = windows[key].flatMap { isExpired($0, at: date) ? nil : $0 } }
            return found
        }
        return try await store.loginFailures(keys: keys, window: lockout, at: date).mapValues { Window(failures: $0.count, start: $0.start) }
    }

    private func wait(in window: Window, limit: Int, at date: Date) -> Int? {
        guard window.failures >= limit, !isExpired(window, at: date) else { return nil }
        let end = window.start.addingTimeInterval(lockout)
        return max(1, Int(end.timeIntervalSince(date).rounded(.up)))
    }

    private func isExpired(_ window: Window, at date: Date) -> Bool {
        date.timeIntervalSince(window.start) >= lockout
    }

    private func sweep(at date: Date) {
        windows = windows.filter { !isExpired($0.value, at: date) }
    }

    /// Names are unique regardless of case, so their failures are too.
    private static func accountKey(_ name: String) -> String { "account:\(name.lowercased())" }

    private static func addressKey(_ address: String) -> String { "address:\(address)" }
}
