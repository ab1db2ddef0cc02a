import Foundation
import Moderation
import PostgresNIO
import Storage

extension PostgresStore: SourceStore {
    public func addSource(_ draft: SourceDraft) async throws -> Source {
        let added = try await transaction { connection -> Source? in
            guard
                let id = try await connection.value(
                    Int64.self,
                    """
                    INSERT INTO sources (url, name, trust, interval_seconds, follow_comments, created_at)
                    VALUES (\(draft.url), \(draft.name), \(draft.trust.rawValue), \(draft.intervalSeconds), \(draft.followsComments), \(Date()))
                    ON CONFLICT (url) DO NOTHING RETURNING id
                    """,
                    logger: logger
                )
            else { return nil }
            return try await source(id: id, connection)
        }
        guard let added else { throw StoreError.conflict("the source '\(draft.url)' is already subscribed") }
        return added
    }

    public func sources() async throws -> [Source] {
        try await read { connection in
            try await connection.rows("\(unescaped: Self.sourceSelect) ORDER BY sources.id", logger: logger).map(Self.source(from:))
        }
    }

    public func source(id: Int64) async throws -> Source? {
        try await read { connection in try await source(id: id, connection) }
    }

    public func removeSource(id: Int64) async throws -> Bool {
        try await read { connection in try await connection.changes("DELETE FROM sources WHERE id = \(id) RETURNING 1", logger: logger) > 0 }
    }

    public func dueSources(at date: Date) async throws -> [Source] {
        try await read { connection in
            try await connection.rows(
                """
                \(unescaped: Self.sourceSelect) WHERE sources.enabled AND (sources.next_poll_at IS NULL OR sources.next_poll_at <= \(date))
                ORDER BY sources.next_poll_at NULLS FIRST, sources.id
                """,
                logger: logger
            ).map(Self.source(from:))
        }
    }

    public func nextPollDate() async throws -> Date? {
        try await read { connection in
            // A source never polled is due now, unless another instance holds it; a leased
            // source is due again when its lease ends.
            let now = Date()
            guard
                let row = try await connection.row(
                    """
                    SELECT bool_or(next_poll_at IS NULL AND (lease_until IS NULL OR lease_until <= \(now))) AS unpolled,
                           MIN(CASE WHEN lease_until > \(now) THEN GREATEST(next_poll_at, lease_until) ELSE next_poll_at END) AS next_at
                    FROM sources WHERE enabled
                    """,
                    logger: logger)
            else { return nil }
            if try row.get("unpolled", as: Bool?.self) == true { return Date.distantPast }
            return try row.get("next_at", as: Date?.self)
        }
    }

    public func entryFingerprints(sourceID: Int64) async throws -> [String: String] {
        try await read { connection in
            var fingerprints: [String: String] = [:]
            for row in try await connection.rows(
                "SELECT entry_key, fingerprint FROM source_entries WHERE source_id = \(sourceID)", logger: logger)
            {
                fingerprints[try row.get("entry_key")] = try row.get("fingerprint")
            }
            return fingerprints
        }
    }

    public func commentKeys(sourceID: Int64) async throws -> Set<String> {
        try await read { connection in
            Set(
                try await connection.rows("SELECT item_key FROM source_comments WHERE source_id = \(sourceID)", logger: logger).map {
                    try $0.get("item_key")
                })
        }
    }

    public func applyPoll(_ update: SourcePollUpdate) async throws {
        let prepared = try update.comments.map { (key: $0.itemKey, row: try PreparedComment($0.comment)) }
        // What rules see of a column is cached; a changed column must be seen anew.
        if !update.columns.isEmpty { columnInfos.removeAll() }
        let finishedAt = Date()
        let changed = try await transaction { connection -> Bool in
            // FOR UPDATE: an instance that polled the same source at the same moment waits, then
            // finds the items already stored and skips them.
            guard
                try await connection.row("SELECT 1 FROM sources WHERE id = \(update.sourceID) FOR UPDATE", logger: logger) != nil,
                let source = try await source(id: update.sourceID, connection)
            else { return false }
            var added = 0
            let writer = PostgresSourceColumnWriter(store: self, connection: connection, source: source)
            for ingested in update.columns {
                added += try await writer.write(ingested) ? 1 : 0
            }
            for comment in prepared {
                let exists =
                    try await connection.value(
                        Bool.self,
                        "SELECT EXISTS (SELECT 1 FROM source_comments WHERE source_id = \(source.id) AND item_key = \(comment.key))",
                        logger: logger
                    ) ?? false
                guard !exists else { continue }
                try await insert(comment.row, idempotencyKey: nil, connection)
                try await connection.query(
                    "INSERT INTO source_comments (source_id, item_key, comment_id) VALUES (\(source.id), \(comment.key), \(comment.row.comment.id))",
                    logger: logger
                )
                added += 1
            }
            if let movedTo = update.movedTo {
                // Another source may already have the new URL: then this one keeps its own.
                try await connection.query(
                    """
                    UPDATE sources SET url = \(movedTo) WHERE id = \(source.id)
                    AND NOT EXISTS (SELECT 1 FROM sources WHERE url = \(movedTo))
                    """,
                    logger: logger
                )
            }
            let state = update.state
            try await connection.query(
                """
                UPDATE sources SET etag = \(state.etag), last_modified = \(state.lastModified), last_fetch_at = \(state.lastFetchAt),
                       last_status = \(state.lastStatus), last_error = \(state.lastError), next_poll_at = \(state.nextPollAt),
                       failure_count = \(state.failureCount), entries_seen = entries_seen + \(added), enabled = enabled AND NOT \(update.disable),
                       lease_holder = NULL, lease_until = NULL
                WHERE id = \(source.id)
                """,
                logger: logger
            )
            try await connection.execute(
                """
                INSERT INTO source_polls (source_id, poller, started_at, finished_at, status, added)
                VALUES (\(source.id), \(update.poller), \(state.lastFetchAt ?? finishedAt), \(finishedAt), \(state.lastStatus), \(added))
                """,
                logger: logger
            )
            try await connection.execute(
                "DELETE FROM source_polls WHERE source_id = \(source.id) AND started_at < \(finishedAt.addingTimeInterval(-SourcePoll.retention))",
                logger: logger
            )
            let changed = !update.columns.isEmpty || !prepared.isEmpty
            // Columns and comments a poll writes may appear in the published feeds.
            if changed { try await notifyChange(connection) }
            return changed
        }
        if changed { publishedChanges.bump() }
    }

    public func polls(sourceID: Int64?) async throws -> [SourcePoll] {
        try await read { connection in
            try await connection.rows(
                "SELECT * FROM source_polls WHERE \(sourceID)::bigint IS NULL OR source_id = \(sourceID) ORDER BY started_at, id", logger: logger
            ).map { row in
                SourcePoll(
                    sourceID: try row.get("source_id"), poller: try row.get("poller"), startedAt: try row.get("started_at"),
                    finishedAt: try row.get("finished_at"), status: try row.get("status"), added: try row.get("added"))
            }
        }
    }

    static let sourceSelect = """
        SELECT sources.*, columns.slug AS column_slug FROM sources LEFT JOIN columns ON columns.id = sources.column_id
        """

    func source(id: Int64, _ connection: PostgresConnection) async throws -> Source? {
        try await connection.row("\(unescaped: Self.sourceSelect) WHERE sources.id = \(id)", logger: logger).map(Self.source(from:))
    }

    static func source(from row: PostgresRandomAccessRow) throws -> Source {
        Source(
            id: try row.get("id"),
            url: try row.get("url"),
            name: try row.get("name"),
            trust: SourceTrust(rawValue: try row.get("trust")) ?? .moderated,
            intervalSeconds: try row.get("interval_seconds"),
            followsComments: try row.get("follow_comments"),
            parentID: try row.get("parent_id"),
            columnSlug: try row.get("column_slug"),
            isEnabled: try row.get("enabled"),
            state: SourceState(
                etag: try row.get("etag"),
                lastModified: try row.get("last_modified"),
                lastFetchAt: try row.get("last_fetch_at"),
                lastStatus: try row.get("last_status"),
                lastError: try row.get("last_error"),
                nextPollAt: try row.get("next_poll_at"),
                failureCount: try row.get("failure_count"),
                entriesSeen: try row.get("entries_seen")
            )
        )
    }
}
