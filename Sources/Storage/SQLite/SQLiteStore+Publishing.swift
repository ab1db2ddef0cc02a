import Foundation
import GRDB

extension SQLiteStore {
    public func publishedColumns(_ page: ColumnPage, tag: String?) async throws -> [ColumnSummary] {
        try await reader.read { db in
            var sql = SQLiteRows.columnSummarySelect + " WHERE status = 'approved'"
            var arguments: StatementArguments = []
            if let tag {
                sql += " AND id IN (SELECT column_id FROM column_tags WHERE tag = ?)"
                arguments += [tag]
            }
            switch page {
            case .newest(let limit):
                sql += " ORDER BY published_at DESC, id DESC LIMIT ?"
                arguments += [limit]
            case .oldest(let offset, let limit):
                sql += " ORDER BY published_at ASC, id ASC LIMIT ? OFFSET ?"
                arguments += [limit, offset]
            }
            var rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            if case .oldest = page {
                rows.reverse()  // a page reads newest first, like every feed document
            }
            let ids: [Int64] = rows.map { $0["id"] }
            var tags: [Int64: [String]] = [:]
            if !ids.isEmpty {
                let placeholders = databaseQuestionMarks(count: ids.count)
                let tagRows = try Row.fetchAll(
                    db, sql: "SELECT column_id, tag FROM column_tags WHERE column_id IN (\(placeholders)) ORDER BY tag",
                    arguments: StatementArguments(ids))
                for row in tagRows {
                    tags[row["column_id"], default: []].append(row["tag"])
                }
            }
            return rows.map { row in
                ColumnSummary(
                    column: SQLiteRows.column(from: row, tags: tags[row["id"]] ?? []),
                    approvedCommentCount: row["approved_comment_count"],
                    lastCommentAt: row["last_comment_at"]
                )
            }
        }
    }

    public func publishedColumnCount(tag: String?) async throws -> Int {
        try await reader.read { db in
            if let tag {
                return try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM columns JOIN column_tags ON column_tags.column_id = columns.id
                        WHERE columns.status = 'approved' AND column_tags.tag = ?
                        """,
                    arguments: [tag]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM columns WHERE status = 'approved'") ?? 0
        }
    }

    public func publishedTags() async throws -> [(tag: String, count: Int)] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT tag, COUNT(*) AS count FROM column_tags JOIN columns ON columns.id = column_tags.column_id
                    WHERE columns.status = 'approved' GROUP BY tag ORDER BY tag
                    """
            ).map { (tag: $0["tag"], count: $0["count"]) }
        }
    }

    public func recentApprovedComments(onColumn slug: String?, limit: Int) async throws -> [StoredComment] {
        try await reader.read { db in
            var sql = SQLiteRows.commentSelect + " WHERE comments.status = 'approved' AND columns.status = 'approved'"
            var arguments: StatementArguments = []
            if let slug {
                sql += " AND columns.slug = ?"
                arguments += [slug]
            }
            sql += " ORDER BY comments.created_at DESC, comments.id DESC LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(SQLiteRows.comment(from:))
        }
    }
}
