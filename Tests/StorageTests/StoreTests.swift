import Foundation
import Moderation
import ModerationKit
import Storage
import Testing

@Suite struct StoreTests {
    @Test(arguments: StoreBackend.available) func columnsAreInsertedThenUpdatedBySlug(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let older = Fixtures.column("oud", published: Fixtures.day)
            let newer = Fixtures.column("nieuw", published: Fixtures.day.addingTimeInterval(86_400), tags: ["klachten", "klantenservice"])
            #expect(try await store.saveColumns([older, newer]) == 2)
            var changed = older
            changed.title = "Nieuwe titel"
            changed.tags = ["gastvrijheid"]
            #expect(try await store.saveColumns([changed]) == 0)
            let summaries = try await store.columnSummaries()
            #expect(summaries.map(\.column.slug) == ["nieuw", "oud"])
            #expect(summaries[0].column.tags == ["klachten", "klantenservice"])
            #expect(summaries[1].column.title == "Nieuwe titel")
            #expect(summaries[1].column.tags == ["gastvrijheid"])
        }
    }

    @Test(arguments: StoreBackend.available) func commentsRoundTripWithTheirVerdict(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let held = Fixtures.comment(on: "a", body: "JA MAAR", status: .held)
            try await store.insertComment(held)
            let loaded = try #require(try await store.comment(id: held.id))
            #expect(loaded.status == .held)
            #expect(loaded.findings == held.findings)
            #expect(loaded.runs == held.runs)
            #expect(loaded.submission.author.email == "lezer@example.nl")
            #expect(loaded.columnSlug == "a")
            #expect(try await store.comment(id: "nope") == nil)
        }
    }

    @Test(arguments: StoreBackend.available) func onlyApprovedCommentsCountAndShow(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a"), Fixtures.column("b")])
            try await store.insertComment(Fixtures.comment(on: "a", body: "een", at: Fixtures.day))
            try await store.insertComment(Fixtures.comment(on: "a", body: "twee", at: Fixtures.day.addingTimeInterval(60)))
            try await store.insertComment(Fixtures.comment(on: "a", body: "STOP", status: .held))
            try await store.insertComment(Fixtures.comment(on: "a", body: "spam", status: .rejected))
            let summary = try #require(try await store.columnSummary(slug: "a"))
            #expect(summary.approvedCommentCount == 2)
            #expect(summary.lastCommentAt == Fixtures.day.addingTimeInterval(60))
            #expect(try await store.approvedComments(onColumn: "a").map(\.submission.body) == ["een", "twee"])
            #expect(try await store.columnSummary(slug: "b")?.approvedCommentCount == 0)
            #expect(try await store.columnSummary(slug: "c") == nil)
        }
    }

    @Test(arguments: StoreBackend.available) func unknownColumnIsRefusedAndNothingIsStored(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let stray = Fixtures.comment(on: "bestaat-niet")
            await #expect(throws: StoreError.unknownColumn("bestaat-niet")) { try await store.insertComment(stray) }
            #expect(try await store.comment(id: stray.id) == nil)
        }
    }

    @Test(arguments: StoreBackend.available) func concurrentInsertsAreAllStored(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let comments = (0..<300).map { Fixtures.comment(on: $0 == 150 ? "mis" : "a", body: "reactie \($0)") }
            let failures = await withTaskGroup(of: Bool.self) { group in
                for comment in comments {
                    group.addTask { (try? await store.insertComment(comment)) == nil }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(failures == 1)
            #expect(try await store.columnSummary(slug: "a")?.approvedCommentCount == 299)
        }
    }

    @Test(arguments: StoreBackend.available) func historyAnswersTheRulesQuestions(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let now = Fixtures.day
            try await store.insertComment(Fixtures.comment(on: "a", body: "oud", at: now.addingTimeInterval(-7200)))
            try await store.insertComment(Fixtures.comment(on: "a", body: "recent", at: now.addingTimeInterval(-60)))
            try await store.insertComment(Fixtures.comment(on: "a", body: "vastgehouden", status: .held, at: now.addingTimeInterval(-30)))
            try await store.insertComment(Fixtures.comment(on: "a", body: "anoniem", email: nil, name: "Anna", address: "198.51.100.9", at: now))

            let context = RuleContext(now: now, history: store)
            #expect(try await context.approvedCommentCount(by: .init(name: "x", email: "LEZER@example.nl")) == 2)
            #expect(try await context.approvedCommentCount(by: .init(name: "Anna")) == 1)
            #expect(try await context.recentSubmissionCount(.authorEmail("lezer@example.nl"), within: .seconds(3600)) == 2)
            #expect(try await context.recentSubmissionCount(.clientAddress("192.0.2.1"), within: .seconds(86_400)) == 3)
            #expect(try await context.recentSubmissionCount(.authorName("Anna"), within: .seconds(1)) == 1)
            #expect(try await context.hasSeenBody(" recent\n"))
            #expect(try await !context.hasSeenBody("nooit gezien"))
        }
    }
}
