import Foundation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresStore {
    @discardableResult
    public func saveColumns(_ columns: [StoredColumn]) async throws -> Int {
        columnInfos.removeAll()
        defer { publishedChanges.bump() }
        return try await transaction { connection in
            var inserted = 0
            for column in columns {
                // One statement per column: two instances saving the same slug at once do not
                // both insert it. `xmax = 0` tells an insert from an update.
                let row = try await connection.row(
                    """
                    INSERT INTO columns (slug, source_id, title, author, summary, content_html, link, published_at, updated_at, created_at)
                    VALUES (\(column.slug), \(column.sourceID), \(column.title), \(column.author), \(column.summary), \(column.contentHTML),
                            \(column.link), \(column.publishedAt), \(column.updatedAt), \(Date()))
                    ON CONFLICT (slug) DO UPDATE SET source_id = excluded.source_id, title = excluded.title, author = excluded.author,
                        summary = excluded.summary, content_html = excluded.content_html, link = excluded.link, updated_at = excluded.updated_at
                    RETURNING id, (xmax = 0) AS inserted
                    """,
                    logger: logger
                )
                // The first publication day stays on update: the column's tag: id in every feed is built from it.
                guard let row else { continue }
                let id: Int64 = try row.get("id")
                if try row.get("inserted", as: Bool.self) { inserted += 1 }
                try await connection.query("DELETE FROM column_tags WHERE column_id = \(id)", logger: logger)
                try await insertTags(column.tags, columnID: id, connection)
            }
            try await notifyChange(connection)
            return inserted
        }
    }

    func insertTags(_ tags: [String], columnID: Int64, _ connection: PostgresConnection) async throws {
        let unique = Array(Set(tags))
        guard !unique.isEmpty else { return }
        try await connection.query(
            "INSERT INTO column_tags (column_id, tag) SELECT \(columnID), unnest(\(unique)::text[])", logger: logger)
    }

    public func columnCount() async throws -> Int {
        try await read { connection in try await connection.value(Int.self, "SELECT COUNT(*) FROM columns", logger: logger) ?? 0 }
    }

    public func columnSummaries() async throws -> [ColumnSummary] {
        try await read { connection in
            let rows = try await connection.rows(
                "SELECT * FROM columns WHERE status = 'approved' ORDER BY published_at DESC, id DESC", logger: logger)
            let tags = try await tagsByColumn(nil, connection)
            return try rows.map { try PostgresRows.summary(from: $0, tags: tags[try $0.get("id")] ?? []) }
        }
    }

    /// The tags of the columns with these ids (of every column when nil), each column's in order.
    func tagsByColumn(_ ids: [Int64]?, _ connection: PostgresConnection) async throws -> [Int64: [String]] {
        let rows: [PostgresRandomAccessRow]
        if let ids {
            guard !ids.isEmpty else { return [:] }
            rows = try await connection.rows(
                "SELECT column_id, tag FROM column_tags WHERE column_id = ANY(\(ids)) ORDER BY tag", logger: logger)
        } else {
            rows = try await connection.rows("SELECT column_id, tag FROM column_tags ORDER BY tag", logger: logger)
        }
        var tags: [Int64: [String]] = [:]
        for row in rows {
            tags[try row.get("column_id"), default: []].append(try row.get("tag"))
        }
        return tags
    }

    public func columnExists(slug: String) async throws -> Bool {
        try await read { connection in
            try await connection.value(
                Bool.self, "SELECT EXISTS (SELECT 1 FROM columns WHERE slug = \(slug) AND status = 'approved')", logger: logger) ?? false
        }
    }

    public func columnSummary(slug: String) async throws -> ColumnSummary? {
        try await read { connection in
            guard let row = try await connection.row("SELECT * FROM columns WHERE slug = \(slug) AND status = 'approved'", logger: logger)
            else { return nil }
            let id: Int64 = try row.get("id")
            return try PostgresRows.summary(from: row, tags: try await tagsByColumn([id], connection)[id] ?? [])
        }
    }

    public func column(slug: String) async throws -> ModerationKit.ColumnInfo? {
        if let known = columnInfos.info(for: slug) { return known }
        let info = try await columnSummary(slug: slug).map { summary in
            let column = summary.column
            return ModerationKit.ColumnInfo(slug: column.slug, title: column.title, tags: column.tags, text: PlainText.of(html: column.contentHTML))
        }
        if let info { columnInfos.remember(info) }
        return info
    }
}
