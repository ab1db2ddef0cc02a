import Foundation
import Logging
import Moderation
import ModerationKit
import Storage

/// The way in for every comment: judge it with the site's rules, then store it with its verdict.
public struct CommentIntake: Sendable {
    /// The site's rules and policy, replaceable by a reload.
    public let engines: EngineHolder
    /// Where comments and history live.
    public let store: any StempelStore

    /// Creates an intake.
    public init(engines: EngineHolder, store: any StempelStore) {
        self.engines = engines
        self.store = store
    }

    /// Judges and stores a submission; returns it as stored. The rules' log lines go to `logger`
    /// (the request's, with its id) when given.
    ///
    /// - Throws: ``StoreError`` when its column does not exist or the database cannot be written;
    ///   then nothing was stored.
    public func submit(_ submission: Submission, logger: Logger? = nil) async throws -> StoredComment {
        let verdict = await engines.current.judge(submission, history: store, now: submission.receivedAt, logger: logger)
        let comment = StoredComment(judged: submission, verdict: verdict)
        try await store.insertComment(comment)
        return comment
    }

    /// Like ``submit(_:)``, once per idempotency key: a retry of a stored request gets the first
    /// answer (the same id and status) and stores nothing.
    ///
    /// - Throws: ``IdempotencyMismatch`` when the key was used for another comment; the errors
    ///   of ``submit(_:)`` otherwise.
    public func submit(_ submission: Submission, idempotencyKey key: IdempotencyKey, logger: Logger? = nil) async throws -> IdempotentRequest {
        if let earlier = try await store.idempotentRequest(key) {
            return try Self.replay(earlier, for: key)
        }
        let verdict = await engines.current.judge(submission, history: store, now: submission.receivedAt, logger: logger)
        let comment = StoredComment(judged: submission, verdict: verdict)
        do {
            try await store.insertComment(comment, idempotencyKey: key)
        } catch let error as StoreError where error.duplicateKey != nil {
            // A concurrent request with the same key committed first; answer as it was answered.
            guard let earlier = try await store.idempotentRequest(key) else { throw error }
            return try Self.replay(earlier, for: key)
        }
        return IdempotentRequest(fingerprint: key.fingerprint, commentID: comment.id, status: comment.status.rawValue)
    }

    private static func replay(_ earlier: IdempotentRequest, for key: IdempotencyKey) throws -> IdempotentRequest {
        guard earlier.fingerprint == key.fingerprint else { throw IdempotencyMismatch(key: key.key) }
        return earlier
    }
}

/// An `Idempotency-Key` sent again with a different comment.
public struct IdempotencyMismatch: Error, Sendable {
    /// The key.
    public let key: String
}
