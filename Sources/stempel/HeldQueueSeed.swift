import Foundation
import Moderation
import ModerationKit
import Storage

/// A site with a large moderation queue, for `stempel bench queue`: the synthetic columns and
/// approved comments of ``SyntheticSite``, then typical comments judged by the configured rules
/// and stored as held, with whatever findings the rules gave them, received over the last weeks.
struct HeldQueueSeed {
    let held: Int
    let approved: Int

    /// Seeds an empty database; returns how many comments are held.
    func seed(into store: SQLiteStore, engine: ModerationEngine) async throws -> Int {
        guard try await store.heldQueue(QueueQuery(limit: 1)).isEmpty else { return 0 }
        _ = try await SyntheticSite(columns: 200, comments: approved).seed(into: store)
        let slugs = try await store.columnSummaries().map(\.column.slug)
        let start = Date().addingTimeInterval(-28 * 86_400)
        let step = 28 * 86_400 / Double(max(1, held))
        var judged: [StoredComment] = []
        judged.reserveCapacity(held)
        for index in 0..<held {
            let submission = TypicalComments.submission(index, slugs: slugs, at: start.addingTimeInterval(Double(index) * step))
            var comment = StoredComment(judged: submission, verdict: await engine.judge(submission, history: store, now: submission.receivedAt))
            comment.status = .held
            judged.append(comment)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            // Many writers at once: the store commits them in groups, as it does under load.
            for (index, comment) in judged.enumerated() {
                if index >= 256 { try await group.next() }
                group.addTask { try await store.insertComment(comment) }
            }
            try await group.waitForAll()
        }
        return held
    }
}
