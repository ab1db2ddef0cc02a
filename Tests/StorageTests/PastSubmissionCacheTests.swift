import Foundation
import GRDB
import ModerationKit
import Testing

@testable import Storage

extension PastSubmissionCache {
    /// One row's lookup, through the list lookup the store uses.
    fileprivate func lookup(_ row: Int64, generation: Int64) -> PastSubmission? {
        submissions(for: [row], generation: generation)[0]
    }
}

@Suite struct PastSubmissionCacheTests {
    private static func submission(_ body: String) -> PastSubmission {
        PastSubmission(body: body, column: "a", author: .init(name: "Lezer"), receivedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func rowsAreReusedOnlyWithinTheirEditGeneration() {
        let cache = PastSubmissionCache()
        cache.remember([(row: 1, submission: Self.submission("eerst")), (row: 2, submission: Self.submission("ook"))], generation: 4)
        #expect(cache.lookup(1, generation: 4)?.body == "eerst")
        #expect(cache.lookup(3, generation: 4) == nil)
        // An edit anywhere moves the generation: nothing kept is used, and the next rows replace it all.
        #expect(cache.lookup(1, generation: 5) == nil)
        cache.remember([(row: 1, submission: Self.submission("bewerkt"))], generation: 5)
        #expect(cache.lookup(1, generation: 5)?.body == "bewerkt")
        #expect(cache.lookup(2, generation: 5) == nil)
        #expect(cache.count == 1)
        // Rows read in an older generation, arriving late, are not kept.
        cache.remember([(row: 9, submission: Self.submission("oud"))], generation: 4)
        #expect(cache.lookup(9, generation: 4) == nil)
        #expect(cache.lookup(9, generation: 5) == nil)
    }

    @Test func theOldestRowsAreForgottenPastTheCapacity() {
        let cache = PastSubmissionCache(capacity: 10)
        for batch in 0..<10 {
            cache.remember((0..<7).map { (row: Int64(batch * 7 + $0), submission: Self.submission("\(batch * 7 + $0)")) }, generation: 0)
            #expect(cache.count <= 10)
        }
        #expect(cache.lookup(69, generation: 0)?.body == "69")
        #expect(cache.lookup(60, generation: 0)?.body == "60")
        #expect(cache.lookup(59, generation: 0) == nil)
        #expect(cache.lookup(0, generation: 0) == nil)
    }

    private static let network = HistoryKey.clientNetwork("203.0.113.0/24")
    private static let since = Fixtures.day.addingTimeInterval(-60)

    /// A store on a new database file with column `a`, and the file's path.
    private static func withFileStore(_ body: (SQLiteStore, String) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-kept-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("kept.sqlite").path
        let store = try SQLiteStore.open(path: path)
        try await store.saveColumns([Fixtures.column("a")])
        try await body(store, path)
    }

    /// A comment the store inserts is kept as written, once a question has read the generation,
    /// and reads the same as a store with nothing kept reads it from the file.
    @Test func insertedCommentsAreKeptAsAFreshReadWouldBuildThem() async throws {
        try await Self.withFileStore { store, path in
            let (network, since) = (Self.network, Self.since)
            #expect(try await store.recentSubmissions(network, since: since, limit: 10).isEmpty)
            for count in 1...4 {
                try await store.insertComment(
                    Fixtures.comment(
                        on: "a", body: "Een reactie met woorden, nummer \(count)", address: "203.0.113.9",
                        at: Fixtures.day.addingTimeInterval(Double(count) + 0.0004)))
            }
            #expect(store.pastSubmissions.count == 4)
            let kept = try await store.recentSubmissions(network, since: since, limit: 10)
            let read = try await SQLiteStore.open(path: path).recentSubmissions(network, since: since, limit: 10)
            #expect(kept.count == 4 && read.count == 4)
            for (one, other) in zip(kept, read) {
                #expect(one.body == other.body && one.column == other.column && one.author == other.author)
                #expect(one.fingerprint == other.fingerprint && one.fingerprint != nil)
                #expect(abs(one.receivedAt.timeIntervalSince(other.receivedAt)) < 0.000_1)
            }
        }
    }

    /// The store's side: an edit by another process (here another connection to the file) is seen
    /// by the next question although the rows were kept; a moderator's decision keeps them.
    @Test func anEditByAnotherProcessIsSeenAndADecisionKeepsTheRowsKept() async throws {
        try await Self.withFileStore { store, path in
            for count in 1...3 {
                try await store.insertComment(Fixtures.comment(on: "a", body: "reactie nummer \(count)", address: "203.0.113.9"))
            }
            let (network, since) = (Self.network, Self.since)
            #expect(
                try await store.recentSubmissions(network, since: since, limit: 10).map(\.body).sorted()
                    == ["reactie nummer 1", "reactie nummer 2", "reactie nummer 3"])
            #expect(store.pastSubmissions.count == 3)

            let other = try DatabaseQueue(path: path)
            let generation = { try other.read { db in try Int64.fetchOne(db, sql: "SELECT generation FROM comment_edits") } }
            let before = try generation()
            try await other.write { db in try db.execute(sql: "UPDATE comments SET status = 'approved' WHERE body = 'reactie nummer 1'") }
            #expect(try generation() == before)
            #expect(store.pastSubmissions.submissions(for: [1, 2, 3], generation: try #require(before)).allSatisfy { $0 != nil })

            try await other.write { db in
                try db.execute(sql: "UPDATE comments SET body = 'elders bewerkt', shingles = NULL WHERE body = 'reactie nummer 2'")
            }
            #expect(try generation() != before)
            #expect(
                try await store.recentSubmissions(network, since: since, limit: 10).map(\.body).sorted()
                    == ["elders bewerkt", "reactie nummer 1", "reactie nummer 3"])
            try await other.write { db in try db.execute(sql: "UPDATE comments SET author_email = 'ander@example.nl'") }
            #expect(try await store.recentSubmissions(network, since: since, limit: 10).allSatisfy { $0.author.email == "ander@example.nl" })
        }
    }
}
