import Foundation
import GRDB
import Moderation

extension SQLiteStore {
    public func heldColumns(_ query: QueueQuery) async throws -> [HeldColumn] {
        guard query.kind != .comment else { return [] }
        var conditions = ["columns.status = 'held'"]
        var arguments: StatementArguments = []
        // A column the rules never judged has no findings and no score (NULL): these filters skip it.
        if let rule = query.rule {
            conditions.append("EXISTS (SELECT 1 FROM json_each(columns.findings) WHERE json_extract(value, '$.rule') = ?)")
            arguments += [rule]
        }
        if let minimum = query.minimumScore {
            conditions.append("columns.total_score >= ?")
            arguments += [minimum]
        }
        if let column = query.column {
            conditions.append("columns.slug = ?")
            arguments += [column]
        }
        if let author = query.author {
            conditions.append("columns.author = ?")
            arguments += [author]
        }
        if let source = query.source {
            conditions.append("EXISTS (SELECT 1 FROM source_entries WHERE source_entries.column_id = columns.id AND source_entries.source_id = ?)")
            arguments += [source]
        }
        if let after = query.after {
            conditions.append("(columns.created_at > ? OR (columns.created_at = ? AND ('\(HeldColumn.idPrefix)' || columns.id) > ?))")
            arguments += [after.createdAt, after.createdAt, after.id]
        }
        let sql =
            Self.heldColumnSelect + " WHERE " + conditions.joined(separator: " AND ")
            + " ORDER BY columns.created_at, '\(HeldColumn.idPrefix)' || columns.id LIMIT ?"
        arguments += [query.limit]
        let bound = arguments
        return try await reader.read { db in try Row.fetchAll(db, sql: sql, arguments: bound).map(Self.heldColumn(from:)) }
    }

    public func decideColumns(rowIDs: [Int64], action: ModeratorAction, actor: String, note: String?, at date: Date) async throws
        -> [ColumnDecisionResult]
    {
        let results = try await writer.write { db in
            try rowIDs.map { rowID -> ColumnDecisionResult in
                let load = {
                    try Row.fetchOne(db, sql: Self.heldColumnSelect + " WHERE columns.id = ?", arguments: [rowID]).map(Self.heldColumn(from:))
                }
                guard let column = try load() else { return .notFound }
                if column.status == action.status { return .unchanged(column) }
                guard column.status == .held else { return .conflict(column) }
                try db.execute(sql: "UPDATE columns SET status = ? WHERE id = ?", arguments: [action.status.rawValue, rowID])
                try Self.recordEvent(
                    .column, id: column.id, actor: actor, action: action.rawValue, before: ["status": column.status.rawValue, "slug": column.slug],
                    after: ["status": action.status.rawValue, "slug": column.slug], note: note, at: date, db: db)
                return .decided(try load() ?? column)
            }
        }
        // An approved column enters the feeds; a rejected one never was in them, but a bump costs
        // one rendering and keeps the rule simple: every decision moves the counter.
        if results.contains(where: { if case .decided = $0 { true } else { false } }) {
            publishedChanges.bump()
        }
        return results
    }

    public func heldColumn(rowID: Int64) async throws -> HeldColumn? {
        try await reader.read { db in
            try Row.fetchOne(db, sql: Self.heldColumnSelect + " WHERE columns.id = ?", arguments: [rowID]).map(Self.heldColumn(from:))
        }
    }

    public func heldColumnCount() async throws -> Int {
        try await reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM columns WHERE status = 'held'") ?? 0 }
    }

    static let heldColumnSelect = """
        SELECT columns.id, columns.slug, columns.title, columns.author, columns.summary, columns.content_html, columns.link,
               columns.status, columns.created_at, columns.feed_source_name, columns.feed_source_url, columns.findings, columns.total_score,
               (SELECT MIN(source_id) FROM source_entries WHERE source_entries.column_id = columns.id) AS source_id
        FROM columns
        """

    static func heldColumn(from row: Row) -> HeldColumn {
        let summary: String? = row["summary"]
        let findings: String? = row["findings"]
        let text = PlainText.of(html: summary.flatMap { $0.isEmpty ? nil : $0 } ?? row["content_html"])
        return HeldColumn(
            rowID: row["id"], slug: row["slug"], title: row["title"], author: row["author"],
            summary: text.count > 280 ? String(text.prefix(279)) + "…" : text, link: row["link"], sourceID: row["source_id"],
            sourceName: row["feed_source_name"], sourceURL: row["feed_source_url"],
            status: ModerationStatus(rawValue: row["status"]) ?? .held, createdAt: row["created_at"],
            findings: findings.flatMap { try? JSONDecoder().decode([RuleFinding].self, from: Data($0.utf8)) } ?? [],
            totalScore: row["total_score"])
    }
}
