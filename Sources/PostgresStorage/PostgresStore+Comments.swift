import Foundation
import Moderation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresStore {
    public func approvedComments(onColumn slug: String) async throws -> [StoredComment] {
        try await read { connection in
            try await connection.rows(
                """
                \(unescaped: PostgresRows.commentSelect)
                WHERE columns.slug = \(slug) AND comments.status = 'approved' ORDER BY comments.created_at, comments.id
                """,
                logger: logger
            ).map(PostgresRows.comment(from:))
        }
    }

    /// Stores the comment in its own transaction; the request returns after the commit.
    ///
    /// Unlike SQLite, PostgreSQL commits concurrent transactions from many connections, so no
    /// group commit is needed here.
    public func insertComment(_ comment: StoredComment, idempotencyKey: IdempotencyKey?) async throws {
        let prepared = try PreparedComment(comment)
        try await transaction { connection in
            try await insert(prepared, idempotencyKey: idempotencyKey, connection)
        }
        if comment.status == .approved {
            publishedChanges.bump()
        }
    }

    /// Inserts one comment with its decision and column count inside the caller's transaction.
    func insert(_ prepared: PreparedComment, idempotencyKey: IdempotencyKey?, _ connection: PostgresConnection) async throws {
        let comment = prepared.comment
        let submission = comment.submission
        guard let columnID = try await connection.value(Int64.self, "SELECT id FROM columns WHERE slug = \(comment.columnSlug)", logger: logger)
        else {
            throw StoreError.unknownColumn(comment.columnSlug)
        }
        if let key = idempotencyKey {
            // First, so that a concurrent retry with the same key waits here for the winner and
            // then inserts nothing: the winner's comment is the only one.
            let taken = try await connection.changes(
                """
                INSERT INTO idempotency_keys (scope, key, fingerprint, comment_id, status, created_at)
                VALUES (\(key.scope), \(key.key), \(key.fingerprint), \(comment.id), \(comment.status.rawValue), \(comment.createdAt))
                ON CONFLICT (scope, key) DO NOTHING RETURNING 1
                """,
                logger: logger
            )
            guard taken == 1 else { throw StoreError.duplicateRequest(key) }
        }
        try await lockAuditTrailForWriting(connection)
        try await connection.query(
            """
            INSERT INTO comments (column_id, id, author_name, author_email, author_url, body, body_hash, client_address, client_network,
                                  source, status, total_score, findings, rule_runs, created_at, updated_at, shingles)
            VALUES (\(columnID), \(comment.id), \(submission.author.name), \(submission.author.email?.lowercased()), \(submission.author.url),
                    \(submission.body), \(BodyHash.of(submission.body)), \(submission.clientAddress), \(prepared.clientNetwork),
                    \(submission.source.rawValue), \(comment.status.rawValue), \(comment.totalScore), \(prepared.findings), \(prepared.runs),
                    \(comment.createdAt), \(comment.updatedAt), \(ShingleBlob.encode(ShingleFingerprint(submission.body))))
            """,
            logger: logger
        )
        if comment.status == .approved {
            try await connection.query(
                """
                UPDATE columns SET approved_comment_count = approved_comment_count + 1,
                                   last_comment_at = GREATEST(COALESCE(last_comment_at, \(comment.createdAt)), \(comment.createdAt))
                WHERE id = \(columnID)
                """,
                logger: logger
            )
            try await notifyChange(connection)
        }
        try await connection.query(
            """
            INSERT INTO decisions (comment_id, actor, action, from_status, to_status, decided_at)
            VALUES (\(comment.id), 'rules', 'verdict', NULL, \(comment.status.rawValue), \(comment.createdAt))
            """,
            logger: logger
        )
    }

    public func idempotentRequest(_ key: IdempotencyKey) async throws -> IdempotentRequest? {
        try await read { connection in
            try await connection.row(
                "SELECT fingerprint, comment_id, status FROM idempotency_keys WHERE scope = \(key.scope) AND key = \(key.key)", logger: logger
            ).map { IdempotentRequest(fingerprint: try $0.get("fingerprint"), commentID: try $0.get("comment_id"), status: try $0.get("status")) }
        }
    }

    public func comment(id: String) async throws -> StoredComment? {
        try await read { connection in try await loadComment(id: id, connection) }
    }

    func loadComment(id: String, _ connection: PostgresConnection) async throws -> StoredComment? {
        try await connection.row("\(unescaped: PostgresRows.commentSelect) WHERE comments.id = \(id)", logger: logger)
            .map(PostgresRows.comment(from:))
    }

    /// Bindings for a query written as text with `$1`, `$2`…
    static func binds(_ values: any PostgresThrowingDynamicTypeEncodable...) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { try bindings.append(value) }
        return bindings
    }
}

/// A comment's derived values, computed before its transaction so that JSON encoding does not
/// hold a connection.
struct PreparedComment: Sendable {
    let comment: StoredComment
    let findings: String
    let runs: String
    let clientNetwork: String?

    init(_ comment: StoredComment) throws {
        self.comment = comment
        findings = String(decoding: try PostgresRows.jsonEncoder.encode(comment.findings), as: UTF8.self)
        runs = String(decoding: try PostgresRows.jsonEncoder.encode(comment.runs), as: UTF8.self)
        clientNetwork = comment.submission.clientAddress.flatMap { ClientNetwork.of($0) }
    }
}
