import Foundation

/// Request and sign-in counts kept in the database instead of one process's memory, so that
/// every Stempel instance on one database counts the same requests: the HTTP rate limits (token
/// buckets) and the failed-sign-in throttle (failures per window).
///
/// Both stores implement it; the server keeps its counts here when the store ``isShared`` (or the
/// configuration says so), and in memory otherwise. Times are the callers' clocks, so instances
/// sharing a database should keep their clocks in step (NTP); a skew of a second moves a bucket's
/// refill by a second.
public protocol RateLimitStore: Sendable {
    /// Whether several Stempel instances may use this database at once (PostgreSQL): then the
    /// server counts here by default.
    var isShared: Bool { get }

    /// Takes one request from the token bucket `key`, which holds `requests` and earns them back
    /// evenly over `seconds` (a new key starts full); nil when allowed, else the seconds until one is.
    func takeRateToken(key: String, requests: Int, seconds: Double, at date: Date) async throws -> Double?

    /// Deletes the buckets that are full again at `date`: they would start full anyway.
    func pruneRateBuckets(at date: Date) async throws

    /// Counts one failed sign-in for each key, in a window of `window` seconds that starts at a
    /// key's first failure; a key whose window has ended starts a new one.
    func recordLoginFailure(keys: [String], window: Double, at date: Date) async throws

    /// The failed sign-ins of `keys` whose windows have not ended at `date`, by key.
    func loginFailures(keys: [String], window: Double, at date: Date) async throws -> [String: LoginFailures]

    /// Forgets a key's failed sign-ins.
    func clearLoginFailures(key: String) async throws

    /// Deletes the windows that have ended at `date`.
    func pruneLoginFailures(window: Double, at date: Date) async throws
}

/// A key's failed sign-ins in its current window.
public struct LoginFailures: Sendable, Hashable {
    /// How many failed.
    public var count: Int
    /// When the window started (its first failure).
    public var start: Date

    /// Creates a count.
    public init(count: Int, start: Date) {
        self.count = count
        self.start = start
    }
}
