import Foundation
import GRDB
import Moderation

/// Writes one ingested entry as a column inside a poll's transaction.
///
/// A known entry updates its column (title, content, tags) and keeps its slug, status and
/// comments; a new one gets a column with a slug no other column has, and, when the source
/// follows comments, a comment-feed source of its own.
struct SourceColumnWriter {
    let db: Database
    let source: Source

    /// Returns whether the entry was new.
    func write(_ ingested: IngestedColumn) throws -> Bool {
        let column = ingested.column
        if let columnID = try Int64.fetchOne(
            db, sql: "SELECT column_id FROM source_entries WHERE source_id = ? AND entry_key = ?", arguments: [source.id, ingested.entryKey])
        {
            try db.execute(
                sql: "UPDATE columns SET title = ?, author = ?, summary = ?, content_html = ?, link = ?, updated_at = ? WHERE id = ?",
                arguments: [column.title, column.author, column.summary, column.contentHTML, column.link, column.updatedAt, columnID]
            )
            try db.execute(sql: "DELETE FROM column_tags WHERE column_id = ?", arguments: [columnID])
            try insertTags(column.tags, columnID: columnID)
            try db.execute(
                sql: "UPDATE source_entries SET fingerprint = ? WHERE source_id = ? AND entry_key = ?",
                arguments: [ingested.fingerprint, source.id, ingested.entryKey]
            )
            try followComments(ingested, columnID: columnID)
            return false
        }
        let slug = try unusedSlug(column.slug)
        let now = Date()
        try db.execute(
            sql: """
                INSERT INTO columns (slug, source_id, title, author, summary, content_html, link, status, published_at, updated_at, created_at,
                                     feed_source_name, feed_source_url, findings, total_score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                slug, column.sourceID, column.title, column.author, column.summary, column.contentHTML, column.link, ingested.status.rawValue,
                column.publishedAt, column.updatedAt, now, source.name, source.url,
                try ingested.findings.map { String(decoding: try SQLiteRows.jsonEncoder.encode($0), as: UTF8.self) }, ingested.totalScore,
            ]
        )
        let columnID = db.lastInsertedRowID
        if ingested.status == .held {
            // The rules' verdict, in the audit trail as a held comment's is in `decisions`: the
            // column's history starts here, and the webhook outbox announces it from here.
            try SQLiteStore.recordEvent(
                .column, id: HeldColumn.idPrefix + String(columnID), actor: "rules", action: "held", before: nil,
                after: ["status": ModerationStatus.held.rawValue, "slug": slug], note: nil, at: now, db: db)
        }
        try insertTags(column.tags, columnID: columnID)
        try db.execute(
            sql: "INSERT INTO source_entries (source_id, entry_key, column_id, fingerprint) VALUES (?, ?, ?, ?)",
            arguments: [source.id, ingested.entryKey, columnID, ingested.fingerprint]
        )
        try followComments(ingested, columnID: columnID)
        return true
    }

    private func insertTags(_ tags: [String], columnID: Int64) throws {
        for tag in Set(tags) {
            try db.execute(sql: "INSERT INTO column_tags (column_id, tag) VALUES (?, ?)", arguments: [columnID, tag])
        }
    }

    /// `slug`, else `slug-2`, `slug-3`…: two sites may well both have a column called `index`.
    private func unusedSlug(_ slug: String) throws -> String {
        var candidate = slug
        var number = 1
        while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM columns WHERE slug = ?)", arguments: [candidate]) == true {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        return candidate
    }

    private func followComments(_ ingested: IngestedColumn, columnID: Int64) throws {
        guard source.followsComments, !source.isCommentFeed, let url = ingested.commentFeedURL else { return }
        // OR IGNORE: the comment feed may be subscribed already (the same entry seen again, or a
        // person added it as a source).
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO sources (url, name, trust, interval_seconds, follow_comments, parent_id, column_id, created_at)
                VALUES (?, ?, ?, ?, 0, ?, ?, ?)
                """,
            arguments: [
                url, "\(source.name): comments on \(ingested.column.title)", source.trust.rawValue, source.intervalSeconds, source.id, columnID,
                Date(),
            ]
        )
    }
}
