import Foundation

/// Counts failed sign-ins per account and per client address, and locks either for a while
/// once it has failed too often.
///
/// A lock holds even for the right password: otherwise guessing could simply go on. The counts
/// live in memory, so a restart forgets them; that only ever gives an attacker one more window,
/// while keeping them in SQLite would cost a write for every failed guess.
///
/// ```swift
/// if let seconds = await throttle.retryAfter(account: "anja", address: "192.0.2.1") { /* 429 */ }
/// ```
public actor LoginThrottle {
    private struct Window {
        var failures: Int
        var start: Date
    }

    private let configuration: LoginConfiguration
    private let now: @Sendable () -> Date
    private var windows: [String: Window] = [:]

    /// Creates a throttle; `now` is the clock (tests pass their own).
    public init(configuration: LoginConfiguration, now: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        self.now = now
    }

    /// The seconds until the account or the address may try again, or nil when neither is locked.
    public func retryAfter(account: String?, address: String?) -> Int? {
        let date = now()
        let waits = [
            account.flatMap { wait(for: Self.accountKey($0), limit: configuration.maxFailuresPerAccount, at: date) },
            address.flatMap { wait(for: "address:\($0)", limit: configuration.maxFailuresPerAddress, at: date) },
        ]
        return waits.compactMap { $0 }.max()
    }

    /// Counts a failed attempt against the account (if one was named) and the address.
    public func recordFailure(account: String?, address: String?) {
        let date = now()
        if windows.count > 10_000 { sweep(at: date) }
        for key in [account.map(Self.accountKey), address.map { "address:\($0)" }].compactMap({ $0 }) {
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
    public func recordSuccess(account: String) {
        windows[Self.accountKey(account)] = nil
    }

    private func wait(for key: String, limit: Int, at date: Date) -> Int? {
        guard let window = windows[key], window.failures >= limit, !isExpired(window, at: date) else { return nil }
        let end = window.start.addingTimeInterval(Double(configuration.lockoutSeconds))
        return max(1, Int(end.timeIntervalSince(date).rounded(.up)))
    }

    private func isExpired(_ window: Window, at date: Date) -> Bool {
        date.timeIntervalSince(window.start) >= Double(configuration.lockoutSeconds)
    }

    private func sweep(at date: Date) {
        windows = windows.filter { !isExpired($0.value, at: date) }
    }

    /// Names are unique regardless of case, so their failures are too.
    private static func accountKey(_ name: String) -> String { "account:\(name.lowercased())" }
}
