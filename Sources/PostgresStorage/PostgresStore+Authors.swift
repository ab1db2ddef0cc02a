import Foundation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresStore {
    public func authorStanding(of submission: Submission) async throws -> AuthorStanding {
        let keys = AuthorKey.keys(of: submission)
        guard !keys.isEmpty else { return .unknown }
        let values = keys.map(\.value)
        let rows = try await read { connection in
            try await connection.rows("SELECT kind, value, standing FROM author_marks WHERE value = ANY(\(values))", logger: logger).map { row in
                FoundMark(kind: try row.get("kind"), value: try row.get("value"), standing: try row.get("standing"))
            }
        }
        // The kind is checked too: a value matches only the key it was stored for.
        let found = rows.compactMap { row -> AuthorMark.Standing? in
            guard keys.contains(AuthorKey(kind: AuthorKey.Kind(rawValue: row.kind) ?? .email, value: row.value)) else { return nil }
            return AuthorMark.Standing(rawValue: row.standing)
        }
        if found.contains(.blocked) { return .blocked }
        return found.contains(.trusted) ? .trusted : .unknown
    }

    /// The query plan of ``authorStanding(of:)``, for the test that it stays one indexed lookup.
    func explainAuthorStanding(of submission: Submission) async throws -> String {
        let values = AuthorKey.keys(of: submission).map(\.value)
        return try await transaction { connection in
            // Without this a table of a few rows is read whole, whatever its indexes; SET LOCAL
            // ends with the transaction.
            try await connection.execute("SET LOCAL enable_seqscan = off", logger: logger)
            return try await connection.rows("EXPLAIN SELECT kind, value, standing FROM author_marks WHERE value = ANY(\(values))", logger: logger)
                .map { try $0[0].decode(String.self) }.joined(separator: "\n")
        }
    }

    public func markAuthor(_ key: AuthorKey, as standing: AuthorMark.Standing, note: String?, actor: String, at date: Date) async throws
        -> AuthorMarkChange
    {
        try await transaction { connection in
            // Two moderators marking the same new author at once: the second insert finds the
            // first one's row (ON CONFLICT), and the loop reads it again, locked, as an update.
            while true {
                let previous = try await connection.row(
                    "SELECT * FROM author_marks WHERE value = \(key.value) AND kind = \(key.kind.rawValue) FOR UPDATE", logger: logger
                ).map(Self.mark(from:))
                let id: Int64
                if let previous {
                    try await connection.execute(
                        """
                        UPDATE author_marks SET standing = \(standing.rawValue), note = \(note), marked_by = \(actor), marked_at = \(date)
                        WHERE id = \(previous.id)
                        """,
                        logger: logger
                    )
                    id = previous.id
                } else {
                    guard
                        let inserted = try await connection.value(
                            Int64.self,
                            """
                            INSERT INTO author_marks (kind, value, standing, note, marked_by, marked_at)
                            VALUES (\(key.kind.rawValue), \(key.value), \(standing.rawValue), \(note), \(actor), \(date))
                            ON CONFLICT (value, kind) DO NOTHING RETURNING id
                            """,
                            logger: logger
                        )
                    else { continue }
                    id = inserted
                }
                let mark = AuthorMark(id: id, key: key, standing: standing, note: note, markedBy: actor, markedAt: date)
                try await recordEvent(
                    .author, id: String(id), actor: actor, action: "mark", before: previous.map(Self.state(of:)), after: Self.state(of: mark),
                    note: note, at: date, connection)
                return AuthorMarkChange(mark: mark, previous: previous)
            }
        }
    }

    public func authorMarks() async throws -> [AuthorMark] {
        try await read { connection in
            try await connection.rows("SELECT * FROM author_marks ORDER BY marked_at DESC, id DESC", logger: logger).map(Self.mark(from:))
        }
    }

    public func removeAuthorMark(id: Int64, actor: String, at date: Date) async throws -> AuthorMark? {
        try await transaction { connection in
            guard let mark = try await connection.row("DELETE FROM author_marks WHERE id = \(id) RETURNING *", logger: logger).map(Self.mark(from:))
            else { return nil }
            try await recordEvent(
                .author, id: String(id), actor: actor, action: "unmark", before: Self.state(of: mark), after: nil, note: nil, at: date, connection)
            return mark
        }
    }

    /// Read under the audit trail's lock, like ``auditLog(after:limit:)``, so that paging by
    /// sequence never skips an event that commits after a higher one.
    public func auditEvents(after sequence: Int64?, limit: Int) async throws -> [AuditEvent] {
        try await transaction { connection in
            try await lockAuditTrailForReading(connection)
            return try await connection.rows("SELECT * FROM audit_events WHERE id > \(sequence ?? 0) ORDER BY id LIMIT \(limit)", logger: logger)
                .map(Self.event(from:))
        }
    }

    public func auditEvents(of subject: AuditEvent.Subject, id: String) async throws -> [AuditEvent] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM audit_events WHERE subject_id = \(id) AND subject = \(subject.rawValue) ORDER BY id", logger: logger
            ).map(Self.event(from:))
        }
    }

    private static func event(from row: PostgresRandomAccessRow) throws -> AuditEvent {
        AuditEvent(
            sequence: try row.get("id"), subject: AuditEvent.Subject(rawValue: try row.get("subject")) ?? .author,
            subjectID: try row.get("subject_id"), actor: try row.get("actor"), action: try row.get("action"),
            before: decodeState(try row.get("before")), after: decodeState(try row.get("after")), note: try row.get("note"),
            at: try row.get("at"))
    }

    /// Appends an event to the audit trail, inside the caller's transaction.
    func recordEvent(
        _ subject: AuditEvent.Subject, id: String, actor: String, action: String, before: [String: String]?, after: [String: String]?,
        note: String?, at date: Date, _ connection: PostgresConnection
    ) async throws {
        // Before the id is handed out: a reader of the trail waits for this transaction.
        try await lockAuditTrailForWriting(connection)
        try await connection.execute(
            """
            INSERT INTO audit_events (subject, subject_id, actor, action, before, after, note, at)
            VALUES (\(subject.rawValue), \(id), \(actor), \(action), \(try Self.encodeState(before)), \(try Self.encodeState(after)), \(note), \(date))
            """,
            logger: logger
        )
    }

    private static func state(of mark: AuthorMark) -> [String: String] {
        var state = ["kind": mark.key.kind.rawValue, "value": mark.key.value, "standing": mark.standing.rawValue]
        state["note"] = mark.note
        return state
    }

    private static func encodeState(_ state: [String: String]?) throws -> String? {
        try state.map { String(decoding: try PostgresRows.jsonEncoder.encode($0), as: UTF8.self) }
    }

    private static func decodeState(_ text: String?) -> [String: String]? {
        text.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
    }

    private static func mark(from row: PostgresRandomAccessRow) throws -> AuthorMark {
        AuthorMark(
            id: try row.get("id"), key: AuthorKey(kind: AuthorKey.Kind(rawValue: try row.get("kind")) ?? .email, value: try row.get("value")),
            standing: AuthorMark.Standing(rawValue: try row.get("standing")) ?? .blocked, note: try row.get("note"),
            markedBy: try row.get("marked_by"), markedAt: try row.get("marked_at"))
    }
}

/// A mark's key and standing as they leave a connection.
private struct FoundMark: Sendable {
    let kind: String
    let value: String
    let standing: String
}
