import Foundation
import GRDB
import ModerationKit

extension SQLiteStore {
    public func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        try await reader.read { db in
            if let email = author.email?.lowercased(), !email.isEmpty {
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments WHERE author_email = ? AND status = 'approved'", arguments: [email])
                    ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments WHERE author_name = ? AND status = 'approved'", arguments: [author.name])
                ?? 0
        }
    }

    public func recentSubmissionCount(_ key: HistoryKey, since: Date) async throws -> Int {
        let (column, value): (String, String) =
            switch key {
            case .authorEmail(let email): ("author_email", email.lowercased())
            case .authorName(let name): ("author_name", name)
            case .clientAddress(let address): ("client_address", address)
            }
        return try await reader.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments WHERE \(column) = ? AND created_at >= ?", arguments: [value, since]) ?? 0
        }
    }

    public func hasSeenBody(_ body: String) async throws -> Bool {
        try await reader.read { db in
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM comments WHERE body_hash = ? AND body = ?)",
                arguments: [BodyHash.of(body), body]
            ) ?? false
        }
    }
}
