import Foundation

/// When a source is polled next: after a success, the interval the source, the feed or the
/// server names (within bounds); after a failure, exponential backoff with jitter, or what
/// `Retry-After` asked for if that is longer.
public struct PollSchedule: Sendable {
    /// The bounds and defaults.
    public let configuration: IngestionConfiguration

    /// Creates a schedule.
    public init(configuration: IngestionConfiguration) {
        self.configuration = configuration
    }

    /// The interval after a successful poll, in seconds.
    ///
    /// The source's own interval wins; else the feed's `ttl` (minutes) or `sy:updatePeriod` and
    /// `sy:updateFrequency`; else `Cache-Control: max-age`; else the default. Always within
    /// the configured minimum and maximum.
    public func interval(sourceSeconds: Int?, feedExtensions: [String: String], headers: [String: String]) -> Int {
        let chosen =
            sourceSeconds ?? Self.feedInterval(feedExtensions) ?? Self.maxAge(headers["cache-control"]) ?? configuration.defaultIntervalSeconds
        return min(max(chosen, configuration.minimumIntervalSeconds), configuration.maximumIntervalSeconds)
    }

    /// The wait after `failures` failures in a row (1 for the first), in seconds: the base
    /// doubled each time, up to the maximum, less up to a quarter at random so that sources
    /// that failed together do not return together; never shorter than `retryAfter`.
    public func backoff(failures: Int, retryAfter: TimeInterval?) -> TimeInterval {
        let exponent = min(max(failures - 1, 0), 30)
        let full = min(Double(configuration.backoffBaseSeconds) * pow(2, Double(exponent)), Double(configuration.backoffMaximumSeconds))
        let jittered = full * Double.random(in: 0.75...1)
        guard let retryAfter else { return jittered }
        return min(max(jittered, retryAfter), Double(configuration.backoffMaximumSeconds))
    }

    /// RSS `ttl` in minutes, else Syndication's `updatePeriod` divided by `updateFrequency`.
    static func feedInterval(_ extensions: [String: String]) -> Int? {
        if let ttl = extensions["ttl"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), ttl > 0 { return ttl * 60 }
        let period: Int? =
            switch value(extensions, suffix: "updateperiod")?.trimmingCharacters(in: .whitespaces).lowercased() {
            case "hourly": 3_600
            case "daily": 86_400
            case "weekly": 604_800
            case "monthly": 2_592_000
            case "yearly": 31_536_000
            default: nil
            }
        guard let period else { return nil }
        let frequency = value(extensions, suffix: "updatefrequency").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
        return period / max(frequency, 1)
    }

    /// The Syndication module's elements keep the prefix the feed gave them (`sy_updateperiod`
    /// usually, but any prefix is legal).
    private static func value(_ extensions: [String: String], suffix: String) -> String? {
        extensions.first { $0.key == "sy_" + suffix || $0.key.hasSuffix("_" + suffix) }?.value
    }

    /// `max-age` of a `Cache-Control` header, in seconds.
    static func maxAge(_ header: String?) -> Int? {
        guard let header else { return nil }
        for directive in header.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if parts.count == 2, parts[0] == "max-age", let seconds = Int(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))) {
                return seconds
            }
        }
        return nil
    }
}
