import Foundation
import GRDB
import ModerationKit

extension SQLiteStore {
    public func authorStanding(of submission: Submission) async throws -> AuthorStanding {
        let keys = AuthorKey.keys(of: submission)
        guard !keys.isEmpty else { return .unknown }
        let sql = Self.standingSQL(count: keys.count)
        let arguments = StatementArguments(keys.map(\.value))
        // One SELECT is atomic: `unsafeRead` spares the BEGIN/COMMIT, as the other history
        // questions do, on the history connections (see ``HistoryReader``).
        let marks = try history.unsafeRead { db in
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { row -> (key: AuthorKey, standing: String) in
                (AuthorKey(kind: AuthorKey.Kind(rawValue: row["kind"]) ?? .email, value: row["value"]), row["standing"])
            }
        }
        // The kind is checked too: a value matches only the key it was stored for.
        let found = marks.compactMap { keys.contains($0.key) ? AuthorMark.Standing(rawValue: $0.standing) : nil }
        if found.contains(.blocked) { return .blocked }
        return found.contains(.trusted) ? .trusted : .unknown
    }

    /// The query plan of ``authorStanding(of:)``, for the test that it stays one indexed lookup.
    func explainAuthorStanding(of submission: Submission) async throws -> String {
        let keys = AuthorKey.keys(of: submission)
        let sql = "EXPLAIN QUERY PLAN " + Self.standingSQL(count: keys.count)
        let arguments = StatementArguments(keys.map(\.value))
        return try await reader.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    private static func standingSQL(count: Int) -> String {
        "SELECT kind, value, standing FROM author_marks WHERE value IN (\(databaseQuestionMarks(count: count)))"
    }

    public func markAuthor(_ key: AuthorKey, as standing: AuthorMark.Standing, note: String?, actor: String, at date: Date) async throws
        -> AuthorMarkChange
    {
        try await writer.write { db in
            let previous = try Row.fetchOne(
                db, sql: "SELECT * FROM author_marks WHERE value = ? AND kind = ?", arguments: [key.value, key.kind.rawValue]
            ).map(Self.mark(from:))
            if let previous {
                try db.execute(
                    sql: "UPDATE author_marks SET standing = ?, note = ?, marked_by = ?, marked_at = ? WHERE id = ?",
                    arguments: [standing.rawValue, note, actor, date, previous.id]
                )
            } else {
                try db.execute(
                    sql: "INSERT INTO author_marks (kind, value, standing, note, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [key.kind.rawValue, key.value, standing.rawValue, note, actor, date]
                )
            }
            let mark = AuthorMark(
                id: previous?.id ?? db.lastInsertedRowID, key: key, standing: standing, note: note, markedBy: actor, markedAt: date)
            try Self.recordEvent(
                .author, id: String(mark.id), actor: actor, action: "mark", before: previous.map(Self.state(of:)), after: Self.state(of: mark),
                note: note, at: date, db: db)
            return AuthorMarkChange(mark: mark, previous: previous)
        }
    }

    public func authorMarks() async throws -> [AuthorMark] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM author_marks ORDER BY marked_at DESC, id DESC").map(Self.mark(from:))
        }
    }

    public func removeAuthorMark(id: Int64, actor: String, at date: Date) async throws -> AuthorMark? {
        try await writer.write { db in
            guard let mark = try Row.fetchOne(db, sql: "SELECT * FROM author_marks WHERE id = ?", arguments: [id]).map(Self.mark(from:)) else {
                return nil
            }
            try db.execute(sql: "DELETE FROM author_marks WHERE id = ?", arguments: [id])
            try Self.recordEvent(
                .author, id: String(id), actor: actor, action: "unmark", before: Self.state(of: mark), after: nil, note: nil, at: date, db: db)
            return mark
        }
    }

    public func auditEvents(after sequence: Int64?, limit: Int) async throws -> [AuditEvent] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_events WHERE id > ? ORDER BY id LIMIT ?", arguments: [sequence ?? 0, limit])
                .map(Self.event(from:))
        }
    }

    public func auditEvents(of subject: AuditEvent.Subject, id: String) async throws -> [AuditEvent] {
        try await reader.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM audit_events WHERE subject_id = ? AND subject = ? ORDER BY id", arguments: [id, subject.rawValue]
            ).map(Self.event(from:))
        }
    }

    private static func event(from row: Row) -> AuditEvent {
        AuditEvent(
            sequence: row["id"], subject: AuditEvent.Subject(rawValue: row["subject"]) ?? .author, subjectID: row["subject_id"],
            actor: row["actor"], action: row["action"], before: decodeState(row["before"]), after: decodeState(row["after"]),
            note: row["note"], at: row["at"])
    }

    /// Appends an event to the audit trail, inside the caller's transaction.
    static func recordEvent(
        _ subject: AuditEvent.Subject, id: String, actor: String, action: String, before: [String: String]?, after: [String: String]?,
        note: String?, at date: Date, db: Database
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit_events (subject, subject_id, actor, action, before, after, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [subject.rawValue, id, actor, action, try encodeState(before), try encodeState(after), note, date]
        )
    }

    private static func state(of mark: AuthorMark) -> [String: String] {
        var state = ["kind": mark.key.kind.rawValue, "value": mark.key.value, "standing": mark.standing.rawValue]
        state["note"] = mark.note
        return state
    }

    private static func encodeState(_ state: [String: String]?) throws -> String? {
        guard let state else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(state), as: UTF8.self)
    }

    private static func decodeState(_ text: String?) -> [String: String]? {
        text.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
    }

    private static func mark(from row: Row) -> AuthorMark {
        AuthorMark(
            id: row["id"], key: AuthorKey(kind: AuthorKey.Kind(rawValue: row["kind"]) ?? .email, value: row["value"]),
            standing: AuthorMark.Standing(rawValue: row["standing"]) ?? .blocked, note: row["note"], markedBy: row["marked_by"],
            markedAt: row["marked_at"])
    }
}
