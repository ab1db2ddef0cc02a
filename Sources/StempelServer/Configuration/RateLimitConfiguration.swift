import Foundation

/// Request limits per client network and kind of route, enforced before any work is done.
public struct RateLimitConfiguration: Sendable, Hashable {
    /// The kinds of route with a limit of their own.
    public enum RouteClass: String, Sendable, Hashable, CaseIterable {
        /// `POST` of a comment: what spammers flood.
        case comments
        /// The published feeds and pages: what feed readers poll.
        case feeds
        /// The public JSON API (`GET /api/v1/columns`, comments).
        case api
        /// The moderation API and web UI.
        case moderation
    }

    /// How many requests in how many seconds; a full bucket allows that many at once.
    public struct Limit: Sendable, Hashable {
        /// Requests allowed per period.
        public var requests: Int
        /// The period in seconds.
        public var seconds: Double

        /// Creates a limit.
        public init(requests: Int, seconds: Double) {
            self.requests = requests
            self.seconds = seconds
        }

        /// Reads `30/min`: a count, a slash and `s`, `min`, `h` or `d`.
        public init?(_ text: String) {
            let parts = text.replacingOccurrences(of: " ", with: "").split(separator: "/")
            let units: [String: Double] = ["s": 1, "sec": 1, "min": 60, "m": 60, "h": 3_600, "d": 86_400]
            guard parts.count == 2, let requests = Int(parts[0]), requests > 0, let seconds = units[String(parts[1])] else { return nil }
            self.init(requests: requests, seconds: seconds)
        }

        /// `30/min` style.
        public var description: String {
            let unit = [(86_400.0, "d"), (3_600, "h"), (60, "min"), (1, "s")].first { seconds == $0.0 }?.1
            return unit.map { "\(requests)/\($0)" } ?? "\(requests)/\(seconds)s"
        }
    }

    /// Whether limits apply at all. Default on; benchmarks turn it off.
    public var enabled = true
    /// Whether the counts (these limits' buckets and the failed sign-ins of ``LoginConfiguration``)
    /// are kept in the database, where every instance on it counts the same requests, instead of
    /// in memory. Nil (the default): in the database when several instances can share it
    /// (PostgreSQL), in memory on SQLite.
    public var shared: Bool?
    /// Clients in one IPv4 network of this prefix share a bucket. Default 24.
    public var ipv4PrefixLength = 24
    /// Clients in one IPv6 network of this prefix share a bucket. Default 48.
    public var ipv6PrefixLength = 48
    /// The limit of each kind of route.
    public var limits: [RouteClass: Limit] = [
        .comments: Limit(requests: 30, seconds: 60),
        .feeds: Limit(requests: 600, seconds: 60),
        .api: Limit(requests: 600, seconds: 60),
        .moderation: Limit(requests: 1_200, seconds: 60),
    ]

    /// The defaults.
    public init() {}
}
