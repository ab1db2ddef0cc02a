import Foundation
import ModerationKit
import Testing

@testable import Storage

/// The history questions on a database file run on read-only connections of their own
/// (`HistoryReader`), synchronously; these tests hold them to what the rules rely on.
@Suite struct SQLiteHistoryReaderTests {
    /// A store on a file (history on its own connections) or in memory (history on the one queue).
    private static func withStore(onFile: Bool, _ body: (SQLiteStore) async throws -> Void) async throws {
        guard onFile else { return try await body(try SQLiteStore.inMemory()) }
        try await withFileStore(body)
    }

    private static func withFileStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-history-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(try SQLiteStore.open(path: directory.appendingPathComponent("history.sqlite").path))
    }

    @Test func theHistoryConnectionsReadThroughAMemoryMapAndCannotWrite() async throws {
        try await Self.withFileStore { store in
            let mapped = try store.history.unsafeRead { db in try Int.fetchOne(db, sql: "PRAGMA mmap_size") }
            #expect(mapped == HistoryReader.memoryMapBytes)
            #expect(throws: (any Error).self) {
                try store.history.unsafeRead { db in try db.execute(sql: "DELETE FROM comments") }
            }
            // A transaction of several statements ends with the read, whatever the body does.
            struct Stop: Error {}
            #expect(throws: Stop.self) { try store.history.read { _ in throw Stop() } }
            #expect(try store.history.read { db in db.isInsideTransaction } == true)
            #expect(try store.history.unsafeRead { db in db.isInsideTransaction } == false)
        }
    }

    @Test func everyCommittedCommentIsSeenByTheNextQuestion() async throws {
        try await Self.withFileStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let network = HistoryKey.clientNetwork("203.0.113.0/24")
            for count in 1...5 {
                try await store.insertComment(Fixtures.comment(on: "a", body: "reactie \(count)", address: "203.0.113.9"))
                #expect(try await store.recentSubmissionCount(network, since: Fixtures.day.addingTimeInterval(-60), upTo: nil) == count)
                #expect(try await store.hasSeenBody("reactie \(count)"))
                #expect(
                    try await store.recentSubmissions(network, since: Fixtures.day.addingTimeInterval(-60), limit: 1).first?.body
                        == "reactie \(count)")
            }
            _ = try await store.markAuthor(try AuthorKey(email: "lezer@example.nl"), as: .blocked, note: nil, actor: "moderator", at: Fixtures.day)
            #expect(try await store.authorStanding(of: Fixtures.comment(on: "a").submission) == .blocked)
        }
    }

    /// Far more judgements at once than there are connections or threads, while comments are
    /// written and other requests read through the store's own pool: a question that blocked a
    /// thread waiting for a connection held by a suspended task would hang here.
    @Test(.timeLimit(.minutes(1)), arguments: [true, false]) func manyJudgementsAtOnceWhileCommentsAreWrittenAllFinish(onFile: Bool) async throws {
        try await Self.withStore(onFile: onFile) { store in
            try await store.saveColumns([Fixtures.column("a")])
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        if index.isMultiple(of: 4) {
                            try await store.insertComment(Fixtures.comment(on: "a", body: "reactie \(index)", address: "203.0.113.9"))
                        }
                        _ = try await store.columnCount()
                        let context = RuleContext(now: Fixtures.day.addingTimeInterval(1), history: store)
                        _ = try await context.recentSubmissions(.clientNetwork("203.0.113.0/24"), within: .seconds(60))
                        _ = try await context.learnedCounts(rule: "spam-classifier", features: ["gratis"])
                        return try await context.recentSubmissionCount(.anyone, within: .seconds(60))
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(counts.count == 200)
            #expect(counts.allSatisfy { (0...50).contains($0) })
            #expect(try await store.recentSubmissionCount(.anyone, since: Fixtures.day.addingTimeInterval(-60), upTo: nil) == 50)
        }
    }
}
