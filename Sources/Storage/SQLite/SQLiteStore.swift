import Foundation
import GRDB
import ModerationKit

/// The embedded store: SQLite through GRDB, in WAL mode.
///
/// Comments are written through a ``CommentBatcher`` that commits every waiting comment in one
/// transaction, so that `synchronous = FULL` (an fsync per commit, durable even on power loss)
/// still keeps up with thousands of comments a second.
public struct SQLiteStore: StempelStore {
    let writer: any DatabaseWriter
    private let batcher: CommentBatcher
    private let knownColumns = KnownColumns()
    let columnInfos = ColumnInfoCache()
    /// Earlier comments already read for the rules, shared by every copy of this store value.
    let pastSubmissions = PastSubmissionCache()
    /// Answers the rules' history questions without leaving the judging thread.
    let history: HistoryReader
    /// Shared by every copy of this store value, like the database itself.
    public let publishedChanges = PublishedChanges()

    /// Reads run concurrently with the writer (WAL).
    var reader: any DatabaseReader { writer }

    /// Opens (and creates, migrating it) the database file at `path`.
    public static func open(path: String) throws -> SQLiteStore {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let writer = try DatabasePool(path: path, configuration: configuration())
        return try SQLiteStore(writer: writer) { try HistoryReader.pool(path: path) }
    }

    /// A private in-memory database, for tests and for `stempel check` without a file.
    public static func inMemory() throws -> SQLiteStore {
        let writer = try DatabaseQueue(configuration: configuration())
        return try SQLiteStore(writer: writer) { HistoryReader.sharing(writer) }
    }

    /// Migrates the database, then opens the history connections, which are read-only and so
    /// must find the schema in place.
    private init(writer: any DatabaseWriter, history: () throws -> HistoryReader) throws {
        try SQLiteMigrations.migrator.migrate(writer)
        self.writer = writer
        self.history = try history()
        let pastSubmissions = pastSubmissions
        self.batcher = CommentBatcher(writer: writer) { pastSubmissions.rememberInserted($0) }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // FULL: a comment acknowledged with 201 survives a power loss, not only a crash.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Pages are read through a memory map, as the history connections read them: once
            // the file outgrew SQLite's 2 MB page cache, every insert into the comments' indexes
            // read pages back with `pread`, and intake slowed as the database grew.
            try db.execute(sql: "PRAGMA mmap_size = \(HistoryReader.memoryMapBytes)")
        }
        return configuration
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await reader.read { db in try SQLiteMigrations.migrator.appliedIdentifiers(db).sorted() }
    }

    public func missingMigrations() async throws -> [String] {
        try await reader.read { db in
            let applied = try SQLiteMigrations.migrator.appliedIdentifiers(db)
            return SQLiteMigrations.migrator.migrations.filter { !applied.contains($0) }
        }
    }

    public func appliedMigrationCount() async throws -> Int {
        try await appliedMigrations().count
    }

    /// The journal mode in use (`wal` for a file database).
    public func journalMode() async throws -> String {
        try await reader.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: Columns

    @discardableResult
    public func saveColumns(_ columns: [StoredColumn]) async throws -> Int {
        knownColumns.removeAll()
        columnInfos.removeAll()
        defer { publishedChanges.bump() }
        return try await writer.write { db in
            var inserted = 0
            for column in columns {
                let existing = try Int64.fetchOne(db, sql: "SELECT id FROM columns WHERE slug = ?", arguments: [column.slug])
                let id: Int64
                if let existing {
                    id = existing
                    try db.execute(
                        sql: """
                            UPDATE columns SET source_id = ?, title = ?, author = ?, summary = ?, content_html = ?, link = ?,
                                   updated_at = ? WHERE id = ?
                            """,
                        // The first publication day stays: the column's tag: id in every feed is built from it.
                        arguments: [
                            column.sourceID, column.title, column.author, column.summary, column.contentHTML, column.link,
                            column.updatedAt, id,
                        ]
                    )
                    try db.execute(sql: "DELETE FROM column_tags WHERE column_id = ?", arguments: [id])
                } else {
                    try db.execute(
                        sql: """
                            INSERT INTO columns (slug, source_id, title, author, summary, content_html, link, published_at, updated_at, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            column.slug, column.sourceID, column.title, column.author, column.summary, column.contentHTML, column.link,
                            column.publishedAt, column.updatedAt, Date(),
                        ]
                    )
                    id = db.lastInsertedRowID
                    inserted += 1
                }
                for tag in Set(column.tags) {
                    try db.execute(sql: "INSERT INTO column_tags (column_id, tag) VALUES (?, ?)", arguments: [id, tag])
                }
            }
            return inserted
        }
    }

    public func columnCount() async throws -> Int {
        try await reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM columns") ?? 0 }
    }

    public func columnSummaries() async throws -> [ColumnSummary] {
        try await reader.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: SQLiteRows.columnSummarySelect + " WHERE status = 'approved' ORDER BY published_at DESC, id DESC"
            )
            // One query for every column's tags, not one per column: the feeds list them all.
            var tags: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT column_id, tag FROM column_tags ORDER BY tag") {
                tags[row["column_id"], default: []].append(row["tag"])
            }
            return rows.map { Self.summary(from: $0, tags: tags[$0["id"]] ?? []) }
        }
    }

    public func columnExists(slug: String) async throws -> Bool {
        if knownColumns.contains(slug) { return true }
        let exists = try await reader.unsafeRead { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM columns WHERE slug = ? AND status = 'approved')", arguments: [slug]) ?? false
        }
        if exists { knownColumns.insert(slug) }
        return exists
    }

    public func columnSummary(slug: String) async throws -> ColumnSummary? {
        try await reader.read { db in
            try Row.fetchOne(db, sql: SQLiteRows.columnSummarySelect + " WHERE slug = ? AND status = 'approved'", arguments: [slug])
                .map { row in
                    let tags = try String.fetchAll(
                        db, sql: "SELECT tag FROM column_tags WHERE column_id = ? ORDER BY tag", arguments: [row["id"] as Int64])
                    return Self.summary(from: row, tags: tags)
                }
        }
    }

    private static func summary(from row: Row, tags: [String]) -> ColumnSummary {
        ColumnSummary(
            column: SQLiteRows.column(from: row, tags: tags),
            approvedCommentCount: row["approved_comment_count"],
            lastCommentAt: row["last_comment_at"]
        )
    }

    // MARK: Comments

    public func approvedComments(onColumn slug: String) async throws -> [StoredComment] {
        try await reader.read { db in
            try Row.fetchAll(
                db,
                sql: SQLiteRows.commentSelect + " WHERE columns.slug = ? AND comments.status = 'approved' ORDER BY comments.created_at, comments.id",
                arguments: [slug]
            ).map(SQLiteRows.comment(from:))
        }
    }

    public func insertComment(_ comment: StoredComment, idempotencyKey: IdempotencyKey?) async throws {
        try await batcher.insert(CommentBatcher.PreparedComment(comment, idempotencyKey: idempotencyKey))
        if comment.status == .approved {
            publishedChanges.bump()
        }
    }

    public func idempotentRequest(_ key: IdempotencyKey) async throws -> IdempotentRequest? {
        try await reader.read { db in
            try Row.fetchOne(
                db, sql: "SELECT fingerprint, comment_id, status FROM idempotency_keys WHERE scope = ? AND key = ?", arguments: [key.scope, key.key]
            ).map { IdempotentRequest(fingerprint: $0["fingerprint"], commentID: $0["comment_id"], status: $0["status"]) }
        }
    }

    public func comment(id: String) async throws -> StoredComment? {
        try await reader.read { db in
            try Row.fetchOne(db, sql: SQLiteRows.commentSelect + " WHERE comments.id = ?", arguments: [id]).map(SQLiteRows.comment(from:))
        }
    }
}
