import Foundation
import GRDB

extension SQLiteStore: RateLimitStore {
    /// One process writes a SQLite file: the server counts in memory unless configured otherwise.
    public var isShared: Bool { false }

    public func takeRateToken(key: String, requests: Int, seconds: Double, at date: Date) async throws -> Double? {
        try await writer.write { db in
            let now = date.timeIntervalSince1970
            let fullAt = try Double.fetchOne(db, sql: "SELECT full_at FROM rate_buckets WHERE key = ?", arguments: [key]) ?? now
            let wait = RateBucket.wait(fullAt: fullAt, requests: requests, seconds: seconds, now: now)
            guard wait == nil else { return wait }
            try db.execute(
                sql: "INSERT INTO rate_buckets (key, full_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET full_at = excluded.full_at",
                arguments: [key, max(fullAt, now) + seconds / Double(requests)])
            return nil
        }
    }

    public func pruneRateBuckets(at date: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM rate_buckets WHERE full_at < ?", arguments: [date.timeIntervalSince1970])
        }
    }

    public func recordLoginFailure(keys: [String], window: Double, at date: Date) async throws {
        try await writer.write { db in
            let now = date.timeIntervalSince1970
            for key in keys {
                try db.execute(
                    sql: """
                        INSERT INTO login_failures (key, failures, started_at) VALUES (?1, 1, ?2)
                        ON CONFLICT (key) DO UPDATE SET
                            failures = CASE WHEN ?2 - started_at >= ?3 THEN 1 ELSE failures + 1 END,
                            started_at = CASE WHEN ?2 - started_at >= ?3 THEN ?2 ELSE started_at END
                        """,
                    arguments: [key, now, window])
            }
        }
    }

    public func loginFailures(keys: [String], window: Double, at date: Date) async throws -> [String: LoginFailures] {
        guard !keys.isEmpty else { return [:] }
        return try await reader.read { db in
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            var arguments = StatementArguments(keys)
            arguments += [date.timeIntervalSince1970 - window]
            var found: [String: LoginFailures] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT key, failures, started_at FROM login_failures WHERE key IN (\(marks)) AND started_at > ?", arguments: arguments)
            {
                found[row["key"]] = LoginFailures(count: row["failures"], start: Date(timeIntervalSince1970: row["started_at"]))
            }
            return found
        }
    }

    public func clearLoginFailures(key: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM login_failures WHERE key = ?", arguments: [key])
        }
    }

    public func pruneLoginFailures(window: Double, at date: Date) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM login_failures WHERE started_at <= ?", arguments: [date.timeIntervalSince1970 - window])
        }
    }
}
