import Foundation
import GRDB
import Moderation
import ModerationKit

/// Group commit: writes every comment waiting at the moment in one transaction.
///
/// While one transaction commits, new comments queue; the next transaction takes them all. Each
/// comment is inserted under its own savepoint, so one that fails (an unknown column) fails alone.
/// A caller returns only after its transaction committed: what was acknowledged is on disk.
actor CommentBatcher {
    private typealias Pending = (row: PreparedComment, continuation: CheckedContinuation<Void, any Error>)

    private let writer: any DatabaseWriter
    /// Told of every comment committed, with its row id, as the rules will see it.
    private let committed: @Sendable ([(row: Int64, submission: PastSubmission)]) -> Void
    private var pending: [Pending] = []
    private var isWriting = false

    init(writer: any DatabaseWriter, committed: @escaping @Sendable ([(row: Int64, submission: PastSubmission)]) -> Void = { _ in }) {
        self.writer = writer
        self.committed = committed
    }

    func insert(_ row: PreparedComment) async throws {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((row, continuation))
            if !isWriting {
                isWriting = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            await write(batch)
        }
        isWriting = false
    }

    private func write(_ batch: [Pending]) async {
        let rows = batch.map(\.row)
        do {
            let outcomes = try await writer.write { db in
                try rows.map { row -> Result<Int64, any Error> in
                    do {
                        var rowID: Int64 = 0
                        try db.inSavepoint {
                            rowID = try Self.insert(row, into: db)
                            return .commit
                        }
                        return .success(rowID)
                    } catch let error as StoreError {
                        return .failure(error)
                    }
                }
            }
            committed(zip(rows, outcomes).compactMap { row, outcome in (try? outcome.get()).map { ($0, row.past) } })
            let failures = outcomes.map { outcome -> (any Error)? in
                if case .failure(let error) = outcome { return error }
                return nil
            }
            for (item, failure) in zip(batch, failures) {
                if let failure {
                    item.continuation.resume(throwing: failure)
                } else {
                    item.continuation.resume()
                }
            }
        } catch {
            let failure = StoreError.unavailable(String(describing: error))
            for item in batch { item.continuation.resume(throwing: failure) }
        }
    }

    /// A comment's row values, computed before the write transaction so that JSON encoding and
    /// hashing do not hold the single writer.
    struct PreparedComment: Sendable {
        let comment: StoredComment
        let arguments: StatementArguments
        let idempotencyKey: IdempotencyKey?
        /// The comment's time as stored, formatted once, outside the writer's transaction.
        let createdAt: String
        /// The comment as the rules see earlier comments: what a history question would read back.
        let past: PastSubmission

        init(_ comment: StoredComment, idempotencyKey: IdempotencyKey? = nil) throws {
            self.idempotencyKey = idempotencyKey
            let submission = comment.submission
            self.comment = comment
            createdAt = StorageTimestamp.text(comment.createdAt)
            let email = submission.author.email?.lowercased()
            let fingerprint = ShingleFingerprint(submission.body)
            let shingles = ShingleBlob.encode(fingerprint)
            past = PastSubmission(
                body: submission.body, column: comment.columnSlug,
                author: .init(name: submission.author.name, email: email, url: submission.author.url),
                // To the millisecond, as stored.
                receivedAt: Date(timeIntervalSince1970: (comment.createdAt.timeIntervalSince1970 * 1000 + 0.5).rounded(.down) / 1000),
                fingerprint: fingerprint)
            arguments = [
                comment.id, submission.author.name, email, submission.author.url,
                submission.body, BodyHash.of(submission.body), submission.clientAddress,
                submission.clientAddress.flatMap { ClientNetwork.of($0) }, submission.source.rawValue,
                comment.status.rawValue, comment.totalScore,
                try VerdictJSON.findings(comment.findings), try VerdictJSON.runs(comment.runs),
                createdAt, StorageTimestamp.text(comment.updatedAt), shingles,
            ]
        }
    }

    /// Inserts one comment with its decision and column count inside the caller's transaction;
    /// returns the comment's row id.
    @discardableResult
    static func insert(_ row: PreparedComment, into db: Database) throws -> Int64 {
        let comment = row.comment
        guard let columnID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM columns WHERE slug = ?"), arguments: [comment.columnSlug])
        else {
            throw StoreError.unknownColumn(comment.columnSlug)
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO comments (column_id, id, author_name, author_email, author_url, body, body_hash, client_address, client_network,
                                      source, status, total_score, findings, rule_runs, created_at, updated_at, shingles)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [columnID] + row.arguments)
        let rowID = db.lastInsertedRowID
        if comment.status == .approved {
            try db.cachedStatement(
                sql: """
                    UPDATE columns SET approved_comment_count = approved_comment_count + 1,
                                       last_comment_at = MAX(COALESCE(last_comment_at, ?), ?)
                    WHERE id = ?
                    """
            ).execute(arguments: [row.createdAt, row.createdAt, columnID])
        }
        try db.cachedStatement(
            sql: "INSERT INTO decisions (comment_id, actor, action, from_status, to_status, decided_at) VALUES (?, 'rules', 'verdict', NULL, ?, ?)"
        ).execute(arguments: [comment.id, comment.status.rawValue, row.createdAt])
        if let key = row.idempotencyKey {
            // In the comment's savepoint: a key taken by a concurrent retry undoes this comment.
            do {
                try db.cachedStatement(
                    sql: "INSERT INTO idempotency_keys (scope, key, fingerprint, comment_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                ).execute(arguments: [key.scope, key.key, key.fingerprint, comment.id, comment.status.rawValue, row.createdAt])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.duplicateRequest(key)
            }
        }
        return rowID
    }
}
