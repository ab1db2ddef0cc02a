import Foundation
import Storage
import Synchronization

/// Token buckets kept in the store (``RateLimitStore``), so that every instance on one database
/// takes from the same bucket: a client spread over instances by a load balancer gets the limit
/// once, not once per instance. Each request costs one upsert.
///
/// Buckets full again are deleted at most once a minute by each instance.
final class StoreRateLimiter: Sendable {
    private let store: any RateLimitStore
    private let lastPrune = Mutex(Date.distantPast)

    init(store: any RateLimitStore) {
        self.store = store
    }

    /// Takes one request from `key`'s bucket; nil when allowed, else the seconds until one is.
    func take(_ key: String, limit: RateLimitConfiguration.Limit, now: Date = Date()) async throws -> Double? {
        let wait = try await store.takeRateToken(key: key, requests: limit.requests, seconds: limit.seconds, at: now)
        let prune = lastPrune.withLock { last in
            guard now.timeIntervalSince(last) >= 60 else { return false }
            last = now
            return true
        }
        if prune { try await store.pruneRateBuckets(at: now) }
        return wait
    }
}
