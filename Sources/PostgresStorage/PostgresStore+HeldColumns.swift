import Foundation
import Moderation
import PostgresNIO
import Storage

extension PostgresStore {
    public func heldColumns(_ query: QueueQuery) async throws -> [HeldColumn] {
        guard query.kind != .comment else { return [] }
        var conditions = ["columns.status = 'held'"]
        var binds = PostgresBindings()
        func bind(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
            try binds.append(value)
            return "$\(binds.count)"
        }
        if let column = query.column {
            conditions.append("columns.slug = \(try bind(column))")
        }
        // A column the rules never judged has no findings and no score (NULL): these filters skip it.
        if let rule = query.rule {
            conditions.append("columns.findings::jsonb @> jsonb_build_array(jsonb_build_object('rule', \(try bind(rule))::text))")
        }
        if let minimum = query.minimumScore {
            conditions.append("columns.total_score >= \(try bind(minimum))")
        }
        if let author = query.author {
            conditions.append("columns.author = \(try bind(author))")
        }
        if let source = query.source {
            conditions.append(
                "EXISTS (SELECT 1 FROM source_entries WHERE source_entries.column_id = columns.id AND source_entries.source_id = \(try bind(source)))"
            )
        }
        if let after = query.after {
            conditions.append(Self.queueRows(after: after, time: "columns.created_at", id: Self.queueID, binds: &binds))
        }
        let sql =
            Self.heldColumnSelect + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY columns.created_at, \(Self.queueID) LIMIT \(try bind(query.limit))"
        let statement = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try await read { connection in try await connection.rows(statement, logger: logger).map(Self.heldColumn(from:)) }
    }

    public func decideColumns(rowIDs: [Int64], action: ModeratorAction, actor: String, note: String?, at date: Date) async throws
        -> [ColumnDecisionResult]
    {
        let results = try await transaction { connection in
            var results: [ColumnDecisionResult] = []
            for rowID in rowIDs {
                results.append(try await decideColumn(rowID, action: action, actor: actor, note: note, at: date, connection))
            }
            // An approved column enters the feeds, on every instance; a rejected one never was in
            // them, but as in the SQLite store every decision moves the counter.
            if results.contains(where: { if case .decided = $0 { true } else { false } }) {
                try await notifyChange(connection)
            }
            return results
        }
        if results.contains(where: { if case .decided = $0 { true } else { false } }) {
            publishedChanges.bump()
        }
        return results
    }

    private func decideColumn(
        _ rowID: Int64, action: ModeratorAction, actor: String, note: String?, at date: Date, _ connection: PostgresConnection
    ) async throws -> ColumnDecisionResult {
        // FOR UPDATE OF columns: two instances deciding the same column at once see each other's decision.
        let load = { [logger] (lock: String) in
            try await connection.row(
                PostgresQuery(unsafeSQL: Self.heldColumnSelect + " WHERE columns.id = $1" + lock, binds: Self.bindings(rowID)), logger: logger
            ).map(Self.heldColumn(from:))
        }
        guard let column = try await load(" FOR UPDATE OF columns") else { return .notFound }
        if column.status == action.status { return .unchanged(column) }
        guard column.status == .held else { return .conflict(column) }
        try await connection.execute("UPDATE columns SET status = \(action.status.rawValue) WHERE id = \(rowID)", logger: logger)
        try await recordEvent(
            .column, id: column.id, actor: actor, action: action.rawValue, before: ["status": column.status.rawValue, "slug": column.slug],
            after: ["status": action.status.rawValue, "slug": column.slug], note: note, at: date, connection)
        return .decided(try await load("") ?? column)
    }

    public func heldColumn(rowID: Int64) async throws -> HeldColumn? {
        try await read { connection in
            try await connection.row(
                PostgresQuery(unsafeSQL: Self.heldColumnSelect + " WHERE columns.id = $1", binds: Self.bindings(rowID)), logger: logger
            ).map(Self.heldColumn(from:))
        }
    }

    public func heldColumnCount() async throws -> Int {
        try await read { connection in
            try await connection.value(Int.self, "SELECT COUNT(*) FROM columns WHERE status = 'held'", logger: logger) ?? 0
        }
    }

    /// A column's queue id (`column-12`), compared byte by byte as the merged queue orders ids.
    private static let queueID = "('\(HeldColumn.idPrefix)' || columns.id) COLLATE \"C\""

    static let heldColumnSelect = """
        SELECT columns.id, columns.slug, columns.title, columns.author, columns.summary, columns.content_html, columns.link,
               columns.status, columns.created_at, columns.feed_source_name, columns.feed_source_url, columns.findings, columns.total_score,
               (SELECT MIN(source_id) FROM source_entries WHERE source_entries.column_id = columns.id) AS source_id
        FROM columns
        """

    static func bindings(_ rowID: Int64) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(rowID)
        return binds
    }

    static func heldColumn(from row: PostgresRandomAccessRow) throws -> HeldColumn {
        let summary: String? = try row.get("summary")
        let html: String = try row.get("content_html")
        let findings: String? = try row.get("findings")
        let text = PlainText.of(html: summary.flatMap { $0.isEmpty ? nil : $0 } ?? html)
        return HeldColumn(
            rowID: try row.get("id"), slug: try row.get("slug"), title: try row.get("title"), author: try row.get("author"),
            summary: text.count > 280 ? String(text.prefix(279)) + "…" : text, link: try row.get("link"), sourceID: try row.get("source_id"),
            sourceName: try row.get("feed_source_name"), sourceURL: try row.get("feed_source_url"),
            status: ModerationStatus(rawValue: try row.get("status")) ?? .held, createdAt: try row.get("created_at"),
            findings: findings.flatMap { try? JSONDecoder().decode([RuleFinding].self, from: Data($0.utf8)) } ?? [],
            totalScore: try row.get("total_score"))
    }
}
