import Foundation
import Moderation
import PostgresNIO
import Storage

/// Writes one ingested entry as a column inside a poll's transaction, as `SourceColumnWriter`
/// does for SQLite: a known entry updates its column and keeps its slug, status and comments; a
/// new one gets a column with a slug no other column has and, when the source follows comments,
/// a comment-feed source of its own.
struct PostgresSourceColumnWriter {
    let store: PostgresStore
    let connection: PostgresConnection
    let source: Source

    /// Returns whether the entry was new.
    func write(_ ingested: IngestedColumn) async throws -> Bool {
        let column = ingested.column
        let logger = store.logger
        if let columnID = try await connection.value(
            Int64.self,
            "SELECT column_id FROM source_entries WHERE source_id = \(source.id) AND entry_key = \(ingested.entryKey)",
            logger: logger
        ) {
            try await connection.query(
                """
                UPDATE columns SET title = \(column.title), author = \(column.author), summary = \(column.summary),
                       content_html = \(column.contentHTML), link = \(column.link), updated_at = \(column.updatedAt)
                WHERE id = \(columnID)
                """,
                logger: logger
            )
            try await connection.query("DELETE FROM column_tags WHERE column_id = \(columnID)", logger: logger)
            try await store.insertTags(column.tags, columnID: columnID, connection)
            try await connection.query(
                "UPDATE source_entries SET fingerprint = \(ingested.fingerprint) WHERE source_id = \(source.id) AND entry_key = \(ingested.entryKey)",
                logger: logger
            )
            try await followComments(ingested, columnID: columnID)
            return false
        }
        let slug = try await unusedSlug(column.slug)
        let now = Date()
        let findings = try ingested.findings.map { String(decoding: try PostgresRows.jsonEncoder.encode($0), as: UTF8.self) }
        guard
            let columnID = try await connection.value(
                Int64.self,
                """
                INSERT INTO columns (slug, source_id, title, author, summary, content_html, link, status, published_at, updated_at, created_at,
                                     feed_source_name, feed_source_url, findings, total_score)
                VALUES (\(slug), \(column.sourceID), \(column.title), \(column.author), \(column.summary), \(column.contentHTML), \(column.link),
                        \(ingested.status.rawValue), \(column.publishedAt), \(column.updatedAt), \(now), \(source.name), \(source.url),
                        \(findings), \(ingested.totalScore))
                RETURNING id
                """,
                logger: logger
            )
        else { throw StoreError.conflict("the column '\(slug)' was not stored") }
        if ingested.status == .held {
            // The rules' verdict, in the audit trail as a held comment's is in `decisions`: the
            // column's history starts here, and the webhook outbox announces it from here (so
            // the outbox must not read past it before it commits).
            try await store.lockAuditTrailForWriting(connection)
            try await store.recordEvent(
                .column, id: HeldColumn.idPrefix + String(columnID), actor: "rules", action: "held", before: nil,
                after: ["status": ModerationStatus.held.rawValue, "slug": slug], note: nil, at: now, connection)
        }
        try await store.insertTags(column.tags, columnID: columnID, connection)
        try await connection.query(
            """
            INSERT INTO source_entries (source_id, entry_key, column_id, fingerprint)
            VALUES (\(source.id), \(ingested.entryKey), \(columnID), \(ingested.fingerprint))
            """,
            logger: logger
        )
        try await followComments(ingested, columnID: columnID)
        return true
    }

    /// `slug`, else `slug-2`, `slug-3`…: two sites may well both have a column called `index`.
    private func unusedSlug(_ slug: String) async throws -> String {
        var candidate = slug
        var number = 1
        while try await connection.value(
            Bool.self, "SELECT EXISTS (SELECT 1 FROM columns WHERE slug = \(candidate))", logger: store.logger) == true
        {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        return candidate
    }

    private func followComments(_ ingested: IngestedColumn, columnID: Int64) async throws {
        guard source.followsComments, !source.isCommentFeed, let url = ingested.commentFeedURL else { return }
        let commentFeedName = "\(source.name): comments on \(ingested.column.title)"
        // DO NOTHING: the comment feed may be subscribed already (the same entry seen again, or a
        // person added it as a source).
        try await connection.query(
            """
            INSERT INTO sources (url, name, trust, interval_seconds, follow_comments, parent_id, column_id, created_at)
            VALUES (\(url), \(commentFeedName), \(source.trust.rawValue), \(source.intervalSeconds), false,
                    \(source.id), \(columnID), \(Date()))
            ON CONFLICT (url) DO NOTHING
            """,
            logger: store.logger
        )
    }
}
