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
    private typealias Pending = (comment: StoredComment, continuation: CheckedContinuation<Void, any Error>)

    private let writer: any DatabaseWriter
    private var pending: [Pending] = []
    private var isWriting = false

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    func insert(_ comment: StoredComment) async throws {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((comment, continuation))
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
        let comments = batch.map(\.comment)
        do {
            let failures = try await writer.write { db in
                try comments.map { comment -> (any Error)? in
                    do {
                        try db.inSavepoint {
                            try Self.insert(comment, into: db)
                            return .commit
                        }
                        return nil
                    } catch let error as StoreError {
                        return error
                    }
                }
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

    private static func insert(_ comment: StoredComment, into db: Database) throws {
        guard let columnID = try Int64.fetchOne(db, sql: "SELECT id FROM columns WHERE slug = ?", arguments: [comment.columnSlug]) else {
            throw StoreError.unknownColumn(comment.columnSlug)
        }
        let submission = comment.submission
        let encoder = SQLiteRows.jsonEncoder
        try db.execute(
            sql: """
                INSERT INTO comments (id, column_id, author_name, author_email, author_url, body, body_hash, client_address, client_network,
                                      source, status, total_score, findings, rule_runs, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                comment.id, columnID, submission.author.name, submission.author.email?.lowercased(), submission.author.url,
                submission.body, BodyHash.of(submission.body), submission.clientAddress,
                submission.clientAddress.flatMap { ClientNetwork.of($0) }, submission.source.rawValue,
                comment.status.rawValue, comment.totalScore,
                String(decoding: try encoder.encode(comment.findings), as: UTF8.self),
                String(decoding: try encoder.encode(comment.runs), as: UTF8.self),
                comment.createdAt, comment.updatedAt,
            ]
        )
        if comment.status == .approved {
            try db.execute(
                sql: """
                    UPDATE columns SET approved_comment_count = approved_comment_count + 1,
                                       last_comment_at = MAX(COALESCE(last_comment_at, ?), ?)
                    WHERE id = ?
                    """,
                arguments: [comment.createdAt, comment.createdAt, columnID]
            )
        }
        try db.execute(
            sql: "INSERT INTO decisions (comment_id, actor, action, from_status, to_status, decided_at) VALUES (?, 'rules', 'verdict', NULL, ?, ?)",
            arguments: [comment.id, comment.status.rawValue, comment.createdAt]
        )
    }
}
