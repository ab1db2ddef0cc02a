import Foundation
import Moderation
import ModerationKit
import Storage
import Testing

@Suite struct WebhookCommandTests {
    /// A database with one given-up delivery whose error carries an escape sequence; its id.
    private func database() async throws -> (path: String, id: Int64) {
        let path = try StempelProcess.temporaryDirectory().appendingPathComponent("stempel.sqlite").path
        let store = try SQLiteStore.open(path: path)
        try await store.saveColumns([
            StoredColumn(slug: "c", title: "C", author: "A", contentHTML: "<p>x</p>", tags: [], publishedAt: Date(), updatedAt: Date())
        ])
        let payload: @Sendable (QueueItem) throws -> String = { "{\"id\":\"\($0.id)\"}" }
        _ = try await store.enqueueHeldSubmissions(at: Date(), limit: 10, payload: payload)
        let submission = Submission(body: "HELD", author: .init(name: "Lezer"), column: "c")
        try await store.insertComment(StoredComment(judged: submission, verdict: Verdict(status: .held, totalScore: 5, findings: [], runs: [])))
        _ = try await store.enqueueHeldSubmissions(at: Date(), limit: 10, payload: payload)
        let id = try #require(try await store.dueWebhookDeliveries(at: Date().addingTimeInterval(1), limit: 1).first?.id)
        try await store.markWebhookFailed(id: id, error: "HTTP 502 \u{1b}[2J", retryAt: nil)
        return (path, id)
    }

    @Test func failedListsGivenUpDeliveriesAndRetrySchedulesOneAgain() async throws {
        let (path, id) = try await database()
        let failed = try StempelProcess.run(["webhook", "failed", "--database", path])
        #expect(failed.status == 0, "\(failed.errors)")
        #expect(failed.output.hasPrefix("\(id)\tcomment "))
        #expect(failed.output.contains("1 attempts\tHTTP 502 \\u{1b}[2J"))
        #expect(!failed.output.contains("\u{1b}"))

        let retry = try StempelProcess.run(["webhook", "retry", String(id), "--database", path])
        #expect(retry.status == 0, "\(retry.errors)")
        #expect(retry.output.contains("delivery \(id) will be sent again"))
        #expect(try StempelProcess.run(["webhook", "failed", "--database", path]).output.contains("no given-up webhook deliveries"))

        let again = try StempelProcess.run(["webhook", "retry", String(id), "--database", path])
        #expect(again.status != 0)
        #expect(again.errors.contains("was not given up"))
        let unknown = try StempelProcess.run(["webhook", "retry", "999", "--database", path])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("there is no webhook delivery 999"))
        let badLimit = try StempelProcess.run(["webhook", "failed", "--limit", "0", "--database", path])
        #expect(badLimit.status != 0)
        #expect(badLimit.errors.contains("--limit must be between 1 and 1000"))
    }
}
