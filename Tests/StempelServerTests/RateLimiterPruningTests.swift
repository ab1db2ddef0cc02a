import Testing

@testable import StempelServer

/// The rate limiter's memory: idle buckets go, busy ones stay with what they spent.
@Suite struct RateLimiterPruningTests {
    private let perMinute = RateLimitConfiguration.Limit(requests: 2, seconds: 60)
    private let perHour = RateLimitConfiguration.Limit(requests: 10, seconds: 3_600)

    @Test func idleBucketsAreDroppedOnceThereAreManyAndBusyOnesKeepTheirCount() {
        let limiter = RateLimiter(pruneAbove: 3, pruneInterval: 0)
        // Two busy clients: one spent both of its minute, one spent one of its hour.
        #expect(limiter.take("busy-minute", limit: perMinute, now: 0) == nil)
        #expect(limiter.take("busy-minute", limit: perMinute, now: 0) == nil)
        #expect(limiter.take("busy-hour", limit: perHour, now: 0) == nil)
        // Two clients that come once and go.
        #expect(limiter.take("idle-a", limit: perMinute, now: 0) == nil)
        #expect(limiter.bucketCount == 3)
        // 100 s later the minute buckets are full again, the hour bucket is not: pruning (more than
        // three buckets) keeps only the hour bucket and the one just touched.
        #expect(limiter.take("idle-b", limit: perMinute, now: 100) == nil)
        #expect(limiter.bucketCount == 2)
        // The hour bucket was kept with what it spent: 9 more, then it waits.
        for _ in 0..<9 { #expect(limiter.take("busy-hour", limit: perHour, now: 100) == nil) }
        let wait = limiter.take("busy-hour", limit: perHour, now: 100)
        #expect(wait != nil && wait! > 0)
    }

    @Test func pruningScansTheBucketsAtMostOncePerInterval() {
        let perSecond = RateLimitConfiguration.Limit(requests: 1, seconds: 1)
        let limiter = RateLimiter(pruneAbove: 2, pruneInterval: 10)
        // The third client starts a prune at 0 that drops nothing: every bucket is busy.
        for client in 0..<5 { _ = limiter.take("client-\(client)", limit: perSecond, now: 0) }
        #expect(limiter.bucketCount == 5)
        // At 5 s every bucket is full again, but the last scan was less than 10 s ago.
        _ = limiter.take("late", limit: perSecond, now: 5)
        #expect(limiter.bucketCount == 6)
        // At 20 s the next scan drops every idle bucket.
        _ = limiter.take("later", limit: perSecond, now: 20)
        #expect(limiter.bucketCount == 1)
    }
}
