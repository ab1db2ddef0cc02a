import Foundation
import Moderation
import Storage
import Testing

@Suite struct StoreWebhookTests {
    private static let payload: @Sendable (QueueItem) throws -> String = { item in
        switch item {
        case .comment(let comment): "{\"id\":\"\(comment.id)\",\"status\":\"\(comment.status.rawValue)\"}"
        case .column(let column): "{\"id\":\"\(column.id)\",\"kind\":\"column\",\"status\":\"\(column.status.rawValue)\"}"
        }
    }

    @Test(arguments: StoreBackend.available) func heldCommentsAfterTheFirstLookBecomeDeliveriesOnce(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            try await store.insertComment(Fixtures.comment(on: "a", body: "held before webhooks", status: .held))
            // The first look only marks where the audit trail ends.
            #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 0)

            let held = Fixtures.comment(on: "a", body: "held", status: .held)
            try await store.insertComment(held)
            try await store.insertComment(Fixtures.comment(on: "a", body: "approved"))
            try await store.insertComment(Fixtures.comment(on: "a", body: "rejected", status: .rejected))
            // A moderator's decision back to held (an undo) is not a new hold by the rules.
            _ = try await store.decide(commentID: held.id, action: .approve, actor: "marieke")
            let undo = try await store.undoLastDecision(commentID: held.id, actor: "marieke", at: Fixtures.day, learners: [])
            guard case .undone(let restored, _) = undo, restored.status == .held else {
                Issue.record("the approval was not undone: \(undo)")
                return
            }
            #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 1)
            #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 0)

            let due = try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10)
            #expect(due.map(\.submissionID) == [held.id])
            #expect(due.first?.payload == "{\"id\":\"\(held.id)\",\"status\":\"held\"}")
            #expect(due.first?.attempts == 0)
        }
    }

    @Test(arguments: StoreBackend.available) func heldColumnsFromAPollBecomeDeliveriesOnce(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let source = try await store.addSource(SourceDraft(url: "https://blog.example.org/feed", name: "Blog"))
            let poll = { (slugs: [String], status: ModerationStatus) in
                try await store.applyPoll(
                    SourcePollUpdate(
                        sourceID: source.id, state: SourceState(lastFetchAt: Fixtures.day),
                        columns: slugs.map { IngestedColumn(entryKey: $0, fingerprint: $0, column: Fixtures.column($0), status: status) }))
            }
            try await poll(["before"], .held)
            // The first look only marks where both trails end.
            #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 0)

            try await poll(["held"], .held)
            try await poll(["published"], .approved)
            let comment = Fixtures.comment(on: "a", body: "held", status: .held)
            try await store.insertComment(comment)
            // A mark is in the same trail as the hold, and announces nothing.
            _ = try await store.markAuthor(try AuthorKey(email: "anna@example.org"), as: .trusted, note: nil, actor: "anja", at: Fixtures.day)
            #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 2)
            #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 0)

            let column = try #require(try await store.heldColumns(QueueQuery()).first { $0.slug == "held" })
            let due = try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10)
            #expect(Set(due.map(\.submissionID)) == [comment.id, column.id])
            let delivery = try #require(due.first { $0.isColumn })
            #expect(delivery.submissionID == column.id)
            #expect(delivery.payload == "{\"id\":\"\(column.id)\",\"kind\":\"column\",\"status\":\"held\"}")
            #expect(due.first { !$0.isColumn }?.submissionID == comment.id)

            // Given up, it stays readable with its column; retried, it is due again.
            try await store.markWebhookFailed(id: delivery.id, error: "answered 500", retryAt: nil)
            #expect(try await store.failedWebhookDeliveries(limit: 10).map(\.submissionID) == [column.id])
            guard case .scheduled = try await store.retryWebhookDelivery(id: delivery.id, at: Fixtures.day) else {
                Issue.record("the given-up column delivery was not scheduled again")
                return
            }
            #expect(try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10).contains { $0.submissionID == column.id })
        }
    }

    @Test(arguments: StoreBackend.available) func aSmallLimitReadsTheTrailInSteps(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 2, payload: Self.payload)
            for index in 0..<5 { try await store.insertComment(Fixtures.comment(on: "a", body: "held \(index)", status: .held)) }
            var added: [Int] = []
            for _ in 0..<4 { added.append(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 2, payload: Self.payload)) }
            #expect(added == [2, 2, 1, 0])
        }
    }

    @Test(arguments: StoreBackend.available) func failuresWaitUntilTheirRetryAndGivenUpOnesStay(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload)
            try await store.insertComment(Fixtures.comment(on: "a", body: "one", status: .held))
            try await store.insertComment(Fixtures.comment(on: "a", body: "two", status: .held))
            _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload)
            let due = try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10)
            #expect(due.count == 2)

            try await store.markWebhookFailed(id: due[0].id, error: "answered 500", retryAt: Fixtures.day.addingTimeInterval(60))
            try await store.markWebhookDelivered(id: due[1].id)
            #expect(try await store.dueWebhookDeliveries(at: Fixtures.day.addingTimeInterval(30), limit: 10).isEmpty)
            #expect(try await store.nextWebhookAttempt() == Fixtures.day.addingTimeInterval(60))
            let retried = try await store.dueWebhookDeliveries(at: Fixtures.day.addingTimeInterval(60), limit: 10)
            #expect(retried.map(\.id) == [due[0].id] && retried.first?.attempts == 1 && retried.first?.lastError == "answered 500")

            try await store.markWebhookFailed(id: due[0].id, error: "answered 502", retryAt: nil)
            #expect(try await store.dueWebhookDeliveries(at: .distantFuture, limit: 10).isEmpty)
            #expect(try await store.nextWebhookAttempt() == nil)
            let failed = try await store.failedWebhookDeliveries(limit: 10)
            #expect(failed.map(\.id) == [due[0].id] && failed.first?.attempts == 2 && failed.first?.lastError == "answered 502")
        }
    }

    @Test(arguments: StoreBackend.available) func aGivenUpDeliveryIsRetriedFromTheStartAndAPendingOneIsLeft(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload)
            try await store.insertComment(Fixtures.comment(on: "a", body: "one", status: .held))
            try await store.insertComment(Fixtures.comment(on: "a", body: "two", status: .held))
            _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload)
            let due = try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10)
            try #require(due.count == 2)
            try await store.markWebhookFailed(id: due[0].id, error: "answered 500", retryAt: Fixtures.day.addingTimeInterval(60))
            try await store.markWebhookFailed(id: due[0].id, error: "answered 502", retryAt: nil)

            let later = Fixtures.day.addingTimeInterval(3600)
            guard case .scheduled(let scheduled) = try await store.retryWebhookDelivery(id: due[0].id, at: later) else {
                Issue.record("the given-up delivery was not scheduled again")
                return
            }
            #expect(scheduled.id == due[0].id && scheduled.attempts == 0 && scheduled.lastError == "answered 502")
            #expect(try await store.failedWebhookDeliveries(limit: 10).isEmpty)
            #expect(try await store.nextWebhookAttempt() == Fixtures.day)
            let dueLater = try await store.dueWebhookDeliveries(at: later, limit: 10)
            #expect(dueLater.map(\.id).sorted() == due.map(\.id).sorted())
            #expect(dueLater.first { $0.id == due[0].id }?.attempts == 0)

            // Still pending (never given up): nothing changes, and it says so.
            guard case .stillPending(let pending) = try await store.retryWebhookDelivery(id: due[1].id, at: later) else {
                Issue.record("a pending delivery was not reported as pending")
                return
            }
            #expect(pending.id == due[1].id)
            #expect(try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10).map(\.id) == [due[1].id])

            try await store.markWebhookDelivered(id: due[1].id)
            #expect(try await store.retryWebhookDelivery(id: due[1].id, at: later) == .notFound)
        }
    }

    @Test func theOutboxSurvivesReopeningTheDatabase() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-webhooks-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("test.sqlite").path
        let store = try SQLiteStore.open(path: path)
        try await store.saveColumns([Fixtures.column("a")])
        _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload)
        let held = Fixtures.comment(on: "a", status: .held)
        try await store.insertComment(held)
        // Held while nobody was reading the outbox (the server down): announced after the restart.
        let reopened = try SQLiteStore.open(path: path)
        #expect(try await reopened.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: Self.payload) == 1)
        #expect(try await reopened.dueWebhookDeliveries(at: Fixtures.day, limit: 10).map(\.submissionID) == [held.id])
    }
}
