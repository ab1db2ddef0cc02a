import Foundation
import GRDB
import Moderation

extension SQLiteStore: SourceStore {
    public func addSource(_ draft: SourceDraft) async throws -> Source {
        do {
            return try await writer.write { db in
                try db.execute(
                    sql: "INSERT INTO sources (url, name, trust, interval_seconds, follow_comments, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [draft.url, draft.name, draft.trust.rawValue, draft.intervalSeconds, draft.followsComments, Date()]
                )
                return try Self.source(id: db.lastInsertedRowID, in: db)!
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.conflict("the source '\(draft.url)' is already subscribed")
        }
    }

    public func sources() async throws -> [Source] {
        try await reader.read { db in try Row.fetchAll(db, sql: Self.sourceSelect + " ORDER BY sources.id").map(Self.source(from:)) }
    }

    public func source(id: Int64) async throws -> Source? {
        try await reader.read { db in try Self.source(id: id, in: db) }
    }

    public func removeSource(id: Int64) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    public func dueSources(at date: Date) async throws -> [Source] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: Self.sourceSelect
                    + " WHERE sources.enabled AND (sources.next_poll_at IS NULL OR sources.next_poll_at <= ?) ORDER BY sources.next_poll_at, sources.id",
                arguments: [date]
            ).map(Self.source(from:))
        }
    }

    public func leaseDueSources(at date: Date, holder: String, until: Date, limit: Int) async throws -> [Source] {
        // One writer at a time: the transaction alone keeps two processes from leasing one source.
        try await writer.write { db in
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM sources
                    WHERE enabled AND (next_poll_at IS NULL OR next_poll_at <= ?) AND (lease_until IS NULL OR lease_until <= ?)
                    ORDER BY next_poll_at, id LIMIT ?
                    """,
                arguments: [date, date, limit]
            )
            guard !ids.isEmpty else { return [] }
            let placeholders = databaseQuestionMarks(count: ids.count)
            try db.execute(
                sql: "UPDATE sources SET lease_holder = ?, lease_until = ? WHERE id IN (\(placeholders))",
                arguments: [holder, until] + StatementArguments(ids))
            return try Row.fetchAll(
                db, sql: Self.sourceSelect + " WHERE sources.id IN (\(placeholders)) ORDER BY sources.next_poll_at, sources.id",
                arguments: StatementArguments(ids)
            ).map(Self.source(from:))
        }
    }

    public func nextPollDate() async throws -> Date? {
        try await reader.read { db in
            let now = Date()
            // A source never polled is due now (unless another poller holds it); MIN ignores
            // NULLs, so ask for them first. A leased source is due again when its lease ends.
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE enabled AND next_poll_at IS NULL AND (lease_until IS NULL OR lease_until <= ?))",
                arguments: [now]) == true
            {
                return Date.distantPast
            }
            return try Date.fetchOne(
                db,
                sql: """
                    SELECT MIN(CASE WHEN lease_until > ? AND (next_poll_at IS NULL OR lease_until > next_poll_at) THEN lease_until ELSE next_poll_at END)
                    FROM sources WHERE enabled
                    """,
                arguments: [now])
        }
    }

    public func entryFingerprints(sourceID: Int64) async throws -> [String: String] {
        try await reader.read { db in
            var fingerprints: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entry_key, fingerprint FROM source_entries WHERE source_id = ?", arguments: [sourceID]) {
                fingerprints[row["entry_key"]] = row["fingerprint"]
            }
            return fingerprints
        }
    }

    public func commentKeys(sourceID: Int64) async throws -> Set<String> {
        try await reader.read { db in
            Set(try String.fetchAll(db, sql: "SELECT item_key FROM source_comments WHERE source_id = ?", arguments: [sourceID]))
        }
    }

    public func applyPoll(_ update: SourcePollUpdate) async throws {
        let prepared = try update.comments.map { (key: $0.itemKey, row: try CommentBatcher.PreparedComment($0.comment)) }
        // What rules see of a column is cached; a changed column must be seen anew. (The cache
        // of known slugs keeps only positive answers, which a poll never makes wrong.)
        if !update.columns.isEmpty { columnInfos.removeAll() }
        // Columns and comments a poll writes may appear in the published feeds.
        defer {
            if !update.columns.isEmpty || !prepared.isEmpty { publishedChanges.bump() }
        }
        let finishedAt = Date()
        try await writer.write { db in
            guard let source = try Self.source(id: update.sourceID, in: db) else { return }
            var added = 0
            for ingested in update.columns {
                added += try SourceColumnWriter(db: db, source: source).write(ingested) ? 1 : 0
            }
            for comment in prepared {
                let exists =
                    try Bool.fetchOne(
                        db, sql: "SELECT EXISTS (SELECT 1 FROM source_comments WHERE source_id = ? AND item_key = ?)",
                        arguments: [source.id, comment.key]) ?? false
                guard !exists else { continue }
                try CommentBatcher.insert(comment.row, into: db)
                try db.execute(
                    sql: "INSERT INTO source_comments (source_id, item_key, comment_id) VALUES (?, ?, ?)",
                    arguments: [source.id, comment.key, comment.row.comment.id]
                )
                added += 1
            }
            if let movedTo = update.movedTo {
                // Another source may already have the new URL: then this one keeps its own.
                try db.execute(sql: "UPDATE OR IGNORE sources SET url = ? WHERE id = ?", arguments: [movedTo, source.id])
            }
            let state = update.state
            try db.execute(
                sql: """
                    UPDATE sources SET etag = ?, last_modified = ?, last_fetch_at = ?, last_status = ?, last_error = ?, next_poll_at = ?,
                           failure_count = ?, entries_seen = entries_seen + ?, enabled = enabled AND NOT ?,
                           lease_holder = NULL, lease_until = NULL
                    WHERE id = ?
                    """,
                arguments: [
                    state.etag, state.lastModified, state.lastFetchAt, state.lastStatus, state.lastError, state.nextPollAt,
                    state.failureCount, added, update.disable, source.id,
                ]
            )
            try db.execute(
                sql: "INSERT INTO source_polls (source_id, poller, started_at, finished_at, status, added) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [source.id, update.poller, state.lastFetchAt ?? finishedAt, finishedAt, state.lastStatus, added]
            )
            try db.execute(
                sql: "DELETE FROM source_polls WHERE source_id = ? AND started_at < ?",
                arguments: [source.id, finishedAt.addingTimeInterval(-SourcePoll.retention)]
            )
        }
    }

    public func polls(sourceID: Int64?) async throws -> [SourcePoll] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM source_polls WHERE ? IS NULL OR source_id = ? ORDER BY started_at, id",
                arguments: [sourceID, sourceID]
            ).map { row in
                SourcePoll(
                    sourceID: row["source_id"], poller: row["poller"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                    status: row["status"], added: row["added"])
            }
        }
    }

    static let sourceSelect = """
        SELECT sources.*, columns.slug AS column_slug FROM sources LEFT JOIN columns ON columns.id = sources.column_id
        """

    static func source(id: Int64, in db: Database) throws -> Source? {
        try Row.fetchOne(db, sql: sourceSelect + " WHERE sources.id = ?", arguments: [id]).map(source(from:))
    }

    static func source(from row: Row) -> Source {
        Source(
            id: row["id"],
            url: row["url"],
            name: row["name"],
            trust: SourceTrust(rawValue: row["trust"]) ?? .moderated,
            intervalSeconds: row["interval_seconds"],
            followsComments: row["follow_comments"],
            parentID: row["parent_id"],
            columnSlug: row["column_slug"],
            isEnabled: row["enabled"],
            state: SourceState(
                etag: row["etag"],
                lastModified: row["last_modified"],
                lastFetchAt: row["last_fetch_at"],
                lastStatus: row["last_status"],
                lastError: row["last_error"],
                nextPollAt: row["next_poll_at"],
                failureCount: row["failure_count"],
                entriesSeen: row["entries_seen"]
            )
        )
    }
}
