import Foundation
import Synchronization

/// Token buckets by key: each key may spend `limit.requests` at once and earns them back evenly
/// over `limit.seconds`.
///
/// Buckets live in memory, one per client network and route class that was seen; when there are
/// many, the ones that have filled up again (idle clients) are dropped, which changes nothing for
/// them.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let buckets = Mutex<[String: Bucket]>([:])
    private let pruneAbove: Int

    init(pruneAbove: Int = 50_000) {
        self.pruneAbove = pruneAbove
    }

    /// Takes one request from `key`'s bucket; nil when allowed, else the seconds until one is.
    func take(_ key: String, limit: RateLimitConfiguration.Limit, now: Double = ProcessInfo.processInfo.systemUptime) -> Double? {
        let capacity = Double(limit.requests)
        let rate = capacity / limit.seconds
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            defer {
                buckets[key] = bucket
                if buckets.count > pruneAbove {
                    buckets = buckets.filter { $0.value.tokens + (now - $0.value.updated) * rate < capacity }
                }
            }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / rate }
            bucket.tokens -= 1
            return nil
        }
    }
}
