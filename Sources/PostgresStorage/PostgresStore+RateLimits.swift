import Foundation
import PostgresNIO
import Storage

extension PostgresStore: RateLimitStore {
    /// Several instances share a PostgreSQL database: the server counts here by default.
    public var isShared: Bool { true }

    /// One statement: the upsert moves the bucket only when the request is allowed (the `WHERE`
    /// of `DO UPDATE`), under the row's lock, so that instances taking from one bucket at once
    /// each see the other's request. Only a refusal reads the bucket again, for the wait.
    public func takeRateToken(key: String, requests: Int, seconds: Double, at date: Date) async throws -> Double? {
        let now = date.timeIntervalSince1970
        let interval = seconds / Double(requests)
        let limit = seconds + RateBucket.tolerance
        return try await read { connection in
            let taken = try await connection.changes(
                """
                INSERT INTO rate_buckets AS bucket (key, full_at) VALUES (\(key), \(now + interval))
                ON CONFLICT (key) DO UPDATE SET full_at = GREATEST(bucket.full_at, \(now)) + \(interval)
                WHERE GREATEST(bucket.full_at, \(now)) + \(interval) - \(now) <= \(limit)
                RETURNING 1
                """,
                logger: logger
            )
            guard taken == 0 else { return nil }
            let fullAt = try await connection.value(Double.self, "SELECT full_at FROM rate_buckets WHERE key = \(key)", logger: logger)
            // A bucket pruned in between is full: the next request is allowed.
            return fullAt.flatMap { RateBucket.wait(fullAt: $0, requests: requests, seconds: seconds, now: now) } ?? interval
        }
    }

    public func pruneRateBuckets(at date: Date) async throws {
        try await read { connection in
            try await connection.execute("DELETE FROM rate_buckets WHERE full_at < \(date.timeIntervalSince1970)", logger: logger)
        }
    }

    public func recordLoginFailure(keys: [String], window: Double, at date: Date) async throws {
        guard !keys.isEmpty else { return }
        let now = date.timeIntervalSince1970
        try await read { connection in
            try await connection.execute(
                """
                INSERT INTO login_failures AS failure (key, failures, started_at) SELECT unnest(\(keys)::text[]), 1, \(now)
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN \(now) - failure.started_at >= \(window) THEN 1 ELSE failure.failures + 1 END,
                    started_at = CASE WHEN \(now) - failure.started_at >= \(window) THEN \(now) ELSE failure.started_at END
                """,
                logger: logger
            )
        }
    }

    public func loginFailures(keys: [String], window: Double, at date: Date) async throws -> [String: LoginFailures] {
        guard !keys.isEmpty else { return [:] }
        let since = date.timeIntervalSince1970 - window
        return try await read { connection in
            var found: [String: LoginFailures] = [:]
            for row in try await connection.rows(
                "SELECT key, failures, started_at FROM login_failures WHERE key = ANY(\(keys)) AND started_at > \(since)", logger: logger)
            {
                found[try row.get("key")] = LoginFailures(
                    count: try row.get("failures"), start: Date(timeIntervalSince1970: try row.get("started_at", as: Double.self)))
            }
            return found
        }
    }

    public func clearLoginFailures(key: String) async throws {
        try await read { connection in
            try await connection.execute("DELETE FROM login_failures WHERE key = \(key)", logger: logger)
        }
    }

    public func pruneLoginFailures(window: Double, at date: Date) async throws {
        try await read { connection in
            try await connection.execute("DELETE FROM login_failures WHERE started_at <= \(date.timeIntervalSince1970 - window)", logger: logger)
        }
    }
}
