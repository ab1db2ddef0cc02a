import Foundation
import GRDB

extension SQLiteStore {
    public func decisions(forComment id: String) async throws -> [AuditEntry] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decisions WHERE comment_id = ? ORDER BY id", arguments: [id]).map(Self.auditEntry(from:))
        }
    }
}
