import Foundation
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

    /// Judges and stores a submission; returns it as stored.
    ///
    /// - Throws: ``StoreError`` when its column does not exist or the database cannot be written;
    ///   then nothing was stored.
    public func submit(_ submission: Submission) async throws -> StoredComment {
        let verdict = await engines.current.judge(submission, history: store, now: submission.receivedAt)
        let comment = StoredComment(judged: submission, verdict: verdict)
        try await store.insertComment(comment)
        return comment
    }
}
