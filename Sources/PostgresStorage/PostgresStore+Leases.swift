import Foundation
import PostgresNIO
import Storage

extension PostgresStore {
    /// Takes the lease of the due sources no other instance holds, `FOR UPDATE SKIP LOCKED`: two
    /// instances asking at once get disjoint sets, and neither waits for the other. A lease ends
    /// when its poll is stored (``applyPoll(_:)``) or, if its holder died, at `until`.
    public func leaseDueSources(at date: Date, holder: String, until: Date, limit: Int) async throws -> [Source] {
        try await transaction { connection in
            let ids = try await connection.rows(
                """
                UPDATE sources SET lease_holder = \(holder), lease_until = \(until)
                WHERE id IN (
                    SELECT id FROM sources
                    WHERE enabled AND (next_poll_at IS NULL OR next_poll_at <= \(date)) AND (lease_until IS NULL OR lease_until <= \(date))
                    ORDER BY next_poll_at NULLS FIRST, id LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED
                )
                RETURNING id
                """,
                logger: logger
            ).map { try $0.get("id", as: Int64.self) }
            guard !ids.isEmpty else { return [] }
            return try await connection.rows(
                "\(unescaped: Self.sourceSelect) WHERE sources.id = ANY(\(ids)) ORDER BY sources.next_poll_at NULLS FIRST, sources.id",
                logger: logger
            ).map(Self.source(from:))
        }
    }
}
