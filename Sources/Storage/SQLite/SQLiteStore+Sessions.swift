import Foundation
import GRDB

extension SQLiteStore {
    public func addSession(tokenHash: String, moderatorName: String, csrfToken: String, createdAt: Date, expiresAt: Date) async throws {
        try await writer.write { db in
            // Expired sessions are swept here, at sign-in, so that no timer is needed.
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at <= ?", arguments: [createdAt])
            try db.execute(
                sql: """
                    INSERT INTO sessions (token_hash, moderator_id, csrf_token, created_at, expires_at)
                    SELECT ?, id, ?, ?, ? FROM moderators WHERE name = ?
                    """,
                arguments: [tokenHash, csrfToken, createdAt, expiresAt, moderatorName]
            )
            guard db.changesCount == 1 else { throw StoreError.conflict("there is no moderator named '\(moderatorName)'") }
        }
    }

    public func session(tokenHash: String, at date: Date) async throws -> ModeratorSession? {
        try await reader.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT moderators.*, sessions.csrf_token, sessions.created_at AS session_created_at, sessions.expires_at
                    FROM sessions JOIN moderators ON moderators.id = sessions.moderator_id
                    WHERE sessions.token_hash = ? AND sessions.expires_at > ?
                    """,
                arguments: [tokenHash, date]
            )
            return row.map { row in
                ModeratorSession(
                    moderator: Self.moderator(from: row),
                    csrfToken: row["csrf_token"],
                    createdAt: row["session_created_at"],
                    expiresAt: row["expires_at"]
                )
            }
        }
    }

    public func removeSession(tokenHash: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash])
        }
    }
}
