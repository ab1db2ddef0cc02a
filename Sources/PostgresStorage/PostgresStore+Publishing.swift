import Foundation
import PostgresNIO
import Storage

extension PostgresStore {
    public func publishedColumns(_ page: ColumnPage, tag: String?) async throws -> [ColumnSummary] {
        var binds = PostgresBindings()
        var sql = "SELECT * FROM columns WHERE status = 'approved'"
        if let tag {
            binds.append(tag)
            sql += " AND id IN (SELECT column_id FROM column_tags WHERE tag = $\(binds.count))"
        }
        switch page {
        case .newest(let limit):
            binds.append(limit)
            sql += " ORDER BY published_at DESC, id DESC LIMIT $\(binds.count)"
        case .oldest(let offset, let limit):
            binds.append(limit)
            binds.append(offset)
            sql += " ORDER BY published_at ASC, id ASC LIMIT $\(binds.count - 1) OFFSET $\(binds.count)"
        }
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try await read { connection in
            var rows = try await connection.rows(query, logger: logger)
            if case .oldest = page {
                rows.reverse()  // a page reads newest first, like every feed document
            }
            let tags = try await tagsByColumn(try rows.map { try $0.get("id") }, connection)
            return try rows.map { try PostgresRows.summary(from: $0, tags: tags[try $0.get("id")] ?? []) }
        }
    }

    public func publishedColumnCount(tag: String?) async throws -> Int {
        try await read { connection in
            if let tag {
                return try await connection.value(
                    Int.self,
                    """
                    SELECT COUNT(*) FROM columns JOIN column_tags ON column_tags.column_id = columns.id
                    WHERE columns.status = 'approved' AND column_tags.tag = \(tag)
                    """,
                    logger: logger
                ) ?? 0
            }
            return try await connection.value(Int.self, "SELECT COUNT(*) FROM columns WHERE status = 'approved'", logger: logger) ?? 0
        }
    }

    public func publishedTags() async throws -> [(tag: String, count: Int)] {
        let rows = try await read { connection in
            try await connection.rows(
                """
                SELECT tag, COUNT(*) AS count FROM column_tags JOIN columns ON columns.id = column_tags.column_id
                WHERE columns.status = 'approved' GROUP BY tag ORDER BY tag
                """,
                logger: logger
            ).map { TagCount(tag: try $0.get("tag"), count: try $0.get("count")) }
        }
        return rows.map { ($0.tag, $0.count) }
    }

    public func recentApprovedComments(onColumn slug: String?, limit: Int) async throws -> [StoredComment] {
        try await read { connection in
            let rows: [PostgresRandomAccessRow]
            if let slug {
                rows = try await connection.rows(
                    """
                    \(unescaped: PostgresRows.commentSelect) WHERE comments.status = 'approved' AND columns.status = 'approved'
                    AND columns.slug = \(slug) ORDER BY comments.created_at DESC, comments.id DESC LIMIT \(limit)
                    """,
                    logger: logger
                )
            } else {
                rows = try await connection.rows(
                    """
                    \(unescaped: PostgresRows.commentSelect) WHERE comments.status = 'approved' AND columns.status = 'approved'
                    ORDER BY comments.created_at DESC, comments.id DESC LIMIT \(limit)
                    """,
                    logger: logger
                )
            }
            return try rows.map(PostgresRows.comment(from:))
        }
    }
}

/// A tag with its count as it leaves a connection (tuples are not `Sendable` results).
private struct TagCount: Sendable {
    let tag: String
    let count: Int
}
