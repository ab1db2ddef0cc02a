import GRDB

extension SQLiteStore {
    public func heldCount() async throws -> Int {
        try await reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments WHERE status = 'held'") ?? 0 }
    }
}
