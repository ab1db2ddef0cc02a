import Foundation
import PostgresNIO
import Storage

extension PostgresStore {
    public func addModerator(_ moderator: Moderator, tokenHash: String) async throws {
        let added = try await transaction { connection in
            // ON CONFLICT without a target: the name (any case) and the token hash are both unique.
            try await connection.changes(
                """
                INSERT INTO moderators (name, role, password_hash, token_hash, created_at)
                VALUES (\(moderator.name), \(moderator.role.rawValue), \(moderator.passwordHash), \(tokenHash), \(moderator.createdAt))
                ON CONFLICT DO NOTHING RETURNING 1
                """,
                logger: logger
            )
        }
        guard added == 1 else { throw StoreError.conflict("there is already a moderator named '\(moderator.name)'") }
    }

    public func moderators() async throws -> [Moderator] {
        try await read { connection in
            try await connection.rows("SELECT * FROM moderators ORDER BY lower(name)", logger: logger).map(PostgresRows.moderator(from:))
        }
    }

    public func moderator(named name: String) async throws -> Moderator? {
        try await read { connection in
            try await connection.row("SELECT * FROM moderators WHERE lower(name) = lower(\(name))", logger: logger).map(PostgresRows.moderator(from:))
        }
    }

    public func moderator(tokenHash: String) async throws -> Moderator? {
        try await read { connection in
            try await connection.row("SELECT * FROM moderators WHERE token_hash = \(tokenHash)", logger: logger).map(PostgresRows.moderator(from:))
        }
    }

    public func removeModerator(named name: String) async throws -> Bool {
        try await transaction { connection in
            try await connection.changes("DELETE FROM moderators WHERE lower(name) = lower(\(name)) RETURNING 1", logger: logger) > 0
        }
    }

    public func updateModerator(named name: String, passwordHash: String?, tokenHash: String?) async throws -> Bool {
        try await transaction { connection in
            guard
                let id = try await connection.value(
                    Int64.self,
                    """
                    UPDATE moderators SET password_hash = COALESCE(\(passwordHash)::text, password_hash),
                                          token_hash = COALESCE(\(tokenHash)::text, token_hash)
                    WHERE lower(name) = lower(\(name)) RETURNING id
                    """,
                    logger: logger
                )
            else { return false }
            if passwordHash != nil {
                // A new password ends every web session signed in with the old one.
                try await connection.query("DELETE FROM sessions WHERE moderator_id = \(id)", logger: logger)
            }
            return true
        }
    }

    public func addSession(tokenHash: String, moderatorName: String, csrfToken: String, createdAt: Date, expiresAt: Date) async throws {
        try await transaction { connection in
            // Expired sessions are swept here, at sign-in, so that no timer is needed.
            try await connection.query("DELETE FROM sessions WHERE expires_at <= \(createdAt)", logger: logger)
            let added = try await connection.changes(
                """
                INSERT INTO sessions (token_hash, moderator_id, csrf_token, created_at, expires_at)
                SELECT \(tokenHash), id, \(csrfToken), \(createdAt), \(expiresAt) FROM moderators WHERE lower(name) = lower(\(moderatorName))
                RETURNING 1
                """,
                logger: logger
            )
            guard added == 1 else { throw StoreError.conflict("there is no moderator named '\(moderatorName)'") }
        }
    }

    public func session(tokenHash: String, at date: Date) async throws -> ModeratorSession? {
        try await read { connection in
            try await connection.row(
                """
                SELECT moderators.*, sessions.csrf_token, sessions.created_at AS session_created_at, sessions.expires_at
                FROM sessions JOIN moderators ON moderators.id = sessions.moderator_id
                WHERE sessions.token_hash = \(tokenHash) AND sessions.expires_at > \(date)
                """,
                logger: logger
            ).map { row in
                ModeratorSession(
                    moderator: try PostgresRows.moderator(from: row),
                    csrfToken: try row.get("csrf_token"),
                    createdAt: try row.get("session_created_at"),
                    expiresAt: try row.get("expires_at")
                )
            }
        }
    }

    public func removeSession(tokenHash: String) async throws {
        try await read { connection in
            try await connection.execute("DELETE FROM sessions WHERE token_hash = \(tokenHash)", logger: logger)
        }
    }
}
