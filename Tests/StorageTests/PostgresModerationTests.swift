import Foundation
import Moderation
import PostgresStorage
import Storage
import Testing

/// Author marks and held columns where only PostgreSQL can be raced: several connections and
/// instances writing at once.
@Suite struct PostgresModerationTests {
    @Test(arguments: StoreBackend.postgres) func marksOfOneNewAuthorAtOnceMakeOneMarkAndAnEventEach(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let key = try AuthorKey(address: "203.0.113.7")
            let changes = try await withThrowingTaskGroup(of: AuthorMarkChange.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await store.markAuthor(key, as: index.isMultiple(of: 2) ? .trusted : .blocked, note: nil, actor: "m\(index)", at: Date())
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(changes.count == 8)
            // Exactly one found nobody marked; every later one replaced the mark before it.
            #expect(changes.filter { $0.previous == nil }.count == 1)
            #expect(Set(changes.map(\.mark.id)).count == 1)
            let marks = try await store.authorMarks()
            #expect(marks.count == 1)
            let events = try await store.auditEvents(after: nil, limit: 100)
            #expect(events.count == 8)
            #expect(events.filter { $0.before == nil }.count == 1)
            // The last event written is the mark that stays.
            #expect(events.last?.after?["standing"] == marks.first?.standing.rawValue)
            #expect(events.last?.actor == marks.first?.markedBy)
        }
    }

    @Test(arguments: StoreBackend.postgres) func aColumnApprovedOnOneInstanceIsPublishedOnTheOtherOnce(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        try await StoreBackend.withSchema(url) { location in
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { first in
                try await PostgresStore.withStore(location, logger: StoreBackend.logger) { second in
                    #expect(try await second.waitUntilListening())
                    let source = try await first.addSource(SourceDraft(url: "https://blog.example.org/feed", name: "Blog"))
                    let column = IngestedColumn(entryKey: "b", fingerprint: "b", column: Fixtures.column("b"), status: .held)
                    try await first.applyPoll(SourcePollUpdate(sourceID: source.id, state: SourceState(lastFetchAt: Fixtures.day), columns: [column]))
                    let rowID = try #require(try await second.heldColumns(QueueQuery()).first?.rowID)

                    let before = second.publishedChanges.version
                    // Both instances approve the same column at once: one decides, the other finds it done.
                    async let fromFirst = first.decideColumns(rowIDs: [rowID], action: .approve, actor: "anja", note: nil, at: Fixtures.day)
                    async let fromSecond = second.decideColumns(rowIDs: [rowID], action: .approve, actor: "joost", note: nil, at: Fixtures.day)
                    let outcomes = try await (fromFirst + fromSecond).map { result -> String in
                        switch result {
                        case .decided: "decided"
                        case .unchanged: "unchanged"
                        case .conflict: "conflict"
                        case .notFound: "not found"
                        }
                    }
                    #expect(outcomes.sorted() == ["decided", "unchanged"])
                    #expect(try await Self.eventually { second.publishedChanges.version > before })
                    #expect(try await second.publishedColumns(.newest(limit: 10), tag: nil).map(\.column.slug) == ["b"])
                    // The poll's hold by the rules, then the one decision.
                    #expect(try await first.auditEvents(after: nil, limit: 10).map(\.action) == ["held", "approve"])
                }
            }
        }
    }

    /// Polls `condition` for up to five seconds.
    private static func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<250 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}
