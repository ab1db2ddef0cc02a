import Foundation
import GRDB

extension SQLiteStore {
    public func addModerator(_ moderator: Moderator, tokenHash: String) async throws {
        do {
            try await writer.write { db in
                try db.execute(
                    sql: "INSERT INTO moderators (name, role, password_hash, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [moderator.name, moderator.role.rawValue, moderator.passwordHash, tokenHash, moderator.createdAt]
                )
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.conflict("there is already a moderator named '\(moderator.name)'")
        }
    }

    public func moderators() async throws -> [Moderator] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM moderators ORDER BY name COLLATE NOCASE").map(Self.moderator(from:))
        }
    }

    public func moderator(named name: String) async throws -> Moderator? {
        try await reader.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM moderators WHERE name = ?", arguments: [name]).map(Self.moderator(from:))
        }
    }

    public func moderator(tokenHash: String) async throws -> Moderator? {
        try await reader.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM moderators WHERE token_hash = ?", arguments: [tokenHash]).map(Self.moderator(from:))
        }
    }

    public func removeModerator(named name: String) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM moderators WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func updateModerator(named name: String, passwordHash: String?, tokenHash: String?) async throws -> Bool {
        try await writer.write { db in
            try db.execute(
                sql: """
                    UPDATE moderators SET password_hash = COALESCE(?, password_hash), token_hash = COALESCE(?, token_hash)
                    WHERE name = ?
                    """,
                arguments: [passwordHash, tokenHash, name]
            )
            let found = db.changesCount > 0
            if found, passwordHash != nil {
                // A new password ends every web session signed in with the old one.
                try db.execute(
                    sql: "DELETE FROM sessions WHERE moderator_id = (SELECT id FROM moderators WHERE name = ?)", arguments: [name])
            }
            return found
        }
    }

    static func moderator(from row: Row) -> Moderator {
        Moderator(
            name: row["name"],
            role: Moderator.Role(rawValue: row["role"]) ?? .moderator,
            passwordHash: row["password_hash"],
            createdAt: row["created_at"]
        )
    }
}
