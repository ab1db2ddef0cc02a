import Foundation
import Storage
import Testing

@testable import PostgresStorage

/// Paging the audit trail by sequence on PostgreSQL, where ids are handed out before commit.
@Suite struct PostgresAuditPagingTests {
    @Test(arguments: StoreBackend.postgres) func aPageNeverSkipsADecisionThatCommitsAfterAHigherOne(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        try await StoreBackend.withSchema(url) { location in
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store in
                try await store.saveColumns([Fixtures.column("a")])
                try await store.insertComment(Fixtures.comment(on: "a", body: "een"))
                let seen = try #require(try await store.auditLog(after: nil, limit: 10).last?.sequence)
                let key = PostgresStore.lockKey("audit trail", schema: location.schema)
                let high = Int64(UInt32(truncatingIfNeeded: key >> 32))
                let low = Int64(UInt32(truncatingIfNeeded: key))
                let reader = try await store.transaction { connection in
                    // A decision that takes its id now and commits last, as a slow writer would.
                    try await store.lockAuditTrailForWriting(connection)
                    try await connection.execute(
                        """
                        INSERT INTO decisions (comment_id, actor, action, from_status, to_status, decided_at)
                        SELECT id, 'anja', 'approve', 'approved', 'approved', now() FROM comments
                        """,
                        logger: store.logger)
                    // A later decision (the new comment's) commits first.
                    try await store.insertComment(Fixtures.comment(on: "a", body: "twee"))
                    let reader = Task { try await store.auditLog(after: seen, limit: 10) }
                    // The page waits for this transaction: its request for the audit lock shows,
                    // not granted, in pg_locks.
                    var waiting = false
                    for _ in 0..<400 where !waiting {
                        waiting =
                            try await store.read { other in
                                try await other.value(
                                    Bool.self,
                                    """
                                    SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                                                   AND classid = \(high)::oid AND objid = \(low)::oid)
                                    """,
                                    logger: store.logger)
                            } ?? false
                        if !waiting { try await Task.sleep(for: .milliseconds(25)) }
                    }
                    #expect(waiting, "the audit page did not wait for the open transaction")
                    return reader
                }
                let page = try await reader.value
                #expect(page.count == 2)
            }
        }
    }
}
