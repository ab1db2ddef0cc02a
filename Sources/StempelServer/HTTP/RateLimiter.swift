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
        /// When the bucket is full again if nothing more is spent: from then on it is idle and can go.
        /// Kept per bucket because route classes have different limits.
        var fullAt: Double
    }

    private struct State {
        var buckets: [String: Bucket] = [:]
        var lastPrune = -Double.infinity
    }

    private let state = Mutex(State())
    private let pruneAbove: Int
    private let pruneInterval: Double

    /// Prunes when more than `pruneAbove` buckets exist, at most once per `pruneInterval` seconds:
    /// when every bucket is busy (many clients at once), pruning frees nothing, and scanning them all
    /// on every request would make each request slower the more clients there are.
    init(pruneAbove: Int = 50_000, pruneInterval: Double = 1) {
        self.pruneAbove = pruneAbove
        self.pruneInterval = pruneInterval
    }

    /// Takes one request from `key`'s bucket; nil when allowed, else the seconds until one is.
    func take(_ key: String, limit: RateLimitConfiguration.Limit, now: Double = ProcessInfo.processInfo.systemUptime) -> Double? {
        let capacity = Double(limit.requests)
        let rate = capacity / limit.seconds
        return state.withLock { state in
            var bucket = state.buckets[key] ?? Bucket(tokens: capacity, updated: now, fullAt: now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            defer {
                bucket.fullAt = now + (capacity - bucket.tokens) / rate
                state.buckets[key] = bucket
                if state.buckets.count > pruneAbove, now - state.lastPrune >= pruneInterval {
                    state.lastPrune = now
                    state.buckets = state.buckets.filter { $0.value.fullAt > now }
                }
            }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / rate }
            bucket.tokens -= 1
            return nil
        }
    }

    /// How many buckets are kept: what pruning keeps small.
    var bucketCount: Int {
        state.withLock { $0.buckets.count }
    }
}
