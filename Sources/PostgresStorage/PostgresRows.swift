import Foundation
import Logging
import Moderation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresConnection {
    /// Every row of a query, for reading by column name.
    func rows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRandomAccessRow] {
        try await self.query(query, logger: logger).collect().map { $0.makeRandomAccess() }
    }

    /// The first row of a query, if any.
    func row(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRandomAccessRow? {
        try await rows(query, logger: logger).first
    }

    /// The first column of the first row, if there is one and it is not NULL.
    func value<Value: PostgresDecodable>(_ type: Value.Type, _ query: PostgresQuery, logger: Logger) async throws -> Value? {
        guard let row = try await row(query, logger: logger), row[0].bytes != nil else { return nil }
        return try row[0].decode(Value.self)
    }

    /// Runs a statement whose rows, if any, do not matter.
    func execute(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await self.query(query, logger: logger).collect()
    }

    /// Runs a statement and answers how many rows it changed (it must end with `RETURNING 1`).
    func changes(_ query: PostgresQuery, logger: Logger) async throws -> Int {
        try await rows(query, logger: logger).count
    }
}

extension PostgresRandomAccessRow {
    /// The value of column `name`.
    func get<Value: PostgresDecodable>(_ name: String, as type: Value.Type = Value.self) throws -> Value {
        try self[name].decode(Value.self)
    }
}

/// Mapping between PostgreSQL rows and the store's value types.
enum PostgresRows {
    static let jsonEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Selects comments with their column's slug; append a WHERE clause.
    static let commentSelect = """
        SELECT comments.*, columns.slug AS column_slug FROM comments JOIN columns ON columns.id = comments.column_id
        """

    static func column(from row: PostgresRandomAccessRow, tags: [String]) throws -> StoredColumn {
        StoredColumn(
            slug: try row.get("slug"),
            sourceID: try row.get("source_id"),
            title: try row.get("title"),
            author: try row.get("author"),
            summary: try row.get("summary"),
            contentHTML: try row.get("content_html"),
            link: try row.get("link"),
            tags: tags,
            publishedAt: try row.get("published_at"),
            updatedAt: try row.get("updated_at")
        )
    }

    static func summary(from row: PostgresRandomAccessRow, tags: [String]) throws -> ColumnSummary {
        ColumnSummary(
            column: try column(from: row, tags: tags),
            approvedCommentCount: try row.get("approved_comment_count"),
            lastCommentAt: try row.get("last_comment_at")
        )
    }

    static func comment(from row: PostgresRandomAccessRow) throws -> StoredComment {
        let submission = Submission(
            body: try row.get("body"),
            author: .init(name: try row.get("author_name"), email: try row.get("author_email"), url: try row.get("author_url")),
            column: try row.get("column_slug"),
            clientAddress: try row.get("client_address"),
            receivedAt: try row.get("created_at"),
            source: Submission.Source(rawValue: try row.get("source")) ?? .api
        )
        let decoder = JSONDecoder()
        let findings: String = try row.get("findings")
        let runs: String = try row.get("rule_runs")
        return StoredComment(
            id: try row.get("id"),
            columnSlug: try row.get("column_slug"),
            submission: submission,
            status: ModerationStatus(rawValue: try row.get("status")) ?? .held,
            totalScore: try row.get("total_score"),
            findings: try decoder.decode([RuleFinding].self, from: Data(findings.utf8)),
            runs: try decoder.decode([RuleRun].self, from: Data(runs.utf8)),
            createdAt: try row.get("created_at"),
            updatedAt: try row.get("updated_at")
        )
    }

    static func auditEntry(from row: PostgresRandomAccessRow) throws -> AuditEntry {
        AuditEntry(
            sequence: try row.get("id"),
            commentID: try row.get("comment_id"),
            actor: try row.get("actor"),
            action: try row.get("action"),
            fromStatus: (try row.get("from_status", as: String?.self)).flatMap(ModerationStatus.init(rawValue:)),
            toStatus: ModerationStatus(rawValue: try row.get("to_status")) ?? .held,
            note: try row.get("note"),
            decidedAt: try row.get("decided_at"),
            originalBody: try row.get("original_body")
        )
    }

    static func moderator(from row: PostgresRandomAccessRow) throws -> Moderator {
        Moderator(
            name: try row.get("name"),
            role: Moderator.Role(rawValue: try row.get("role")) ?? .moderator,
            passwordHash: try row.get("password_hash"),
            createdAt: try row.get("created_at")
        )
    }
}
