import Foundation
import GRDB
import Moderation
import ModerationKit

/// Mapping between stored rows and the store's value types.
enum SQLiteRows {
    static let jsonEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func column(from row: Row, tags: [String]) -> StoredColumn {
        StoredColumn(
            slug: row["slug"],
            sourceID: row["source_id"],
            title: row["title"],
            author: row["author"],
            summary: row["summary"],
            contentHTML: row["content_html"],
            link: row["link"],
            tags: tags,
            publishedAt: row["published_at"],
            updatedAt: row["updated_at"]
        )
    }

    static func comment(from row: Row) throws -> StoredComment {
        let submission = Submission(
            body: row["body"],
            author: .init(name: row["author_name"], email: row["author_email"], url: row["author_url"]),
            column: row["column_slug"],
            clientAddress: row["client_address"],
            receivedAt: row["created_at"],
            source: Submission.Source(rawValue: row["source"]) ?? .api
        )
        let decoder = JSONDecoder()
        let findings: String = row["findings"]
        let runs: String = row["rule_runs"]
        return StoredComment(
            id: row["id"],
            columnSlug: row["column_slug"],
            submission: submission,
            status: ModerationStatus(rawValue: row["status"]) ?? .held,
            totalScore: row["total_score"],
            findings: try decoder.decode([RuleFinding].self, from: Data(findings.utf8)),
            runs: try decoder.decode([RuleRun].self, from: Data(runs.utf8)),
            createdAt: row["created_at"],
            updatedAt: row["updated_at"]
        )
    }

    /// Selects comments with their column's slug; append a WHERE clause.
    static let commentSelect = """
        SELECT comments.*, columns.slug AS column_slug FROM comments JOIN columns ON columns.id = comments.column_id
        """

    /// Selects columns with their approved comment count; append a WHERE clause.
    static let columnSummarySelect = "SELECT * FROM columns"
}
