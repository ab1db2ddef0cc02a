import Foundation
import Moderation
import PostgresStorage
import Storage
import Testing

@Suite struct StoreTransferTests {
    /// A SQLite store with some of everything an export carries.
    private static func populatedSQLite() async throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try await store.saveColumns([Fixtures.column("a", tags: ["klachten", "klantbeleving"]), Fixtures.column("b")])
        let held = Fixtures.comment(on: "a", body: "JA MAAR", status: .held, at: Fixtures.day.addingTimeInterval(0.123_456))
        try await store.insertComment(held)
        try await store.insertComment(
            Fixtures.comment(on: "a", body: "Mooi", email: nil, address: nil), idempotencyKey: IdempotencyKey(scope: "a", key: "k", fingerprint: "f"))
        try await store.insertComment(Fixtures.comment(on: "b", body: "Spam", status: .rejected))
        try await store.addModerator(Moderator(name: "Anja", role: .admin, passwordHash: "$2b$hash", createdAt: Fixtures.day), tokenHash: "t")
        _ = try await store.decide(commentID: held.id, action: .spam, actor: "Anja", note: "reclame")
        try await store.learn(rule: "bayes", features: ["gratis", "geld"], label: .spam)
        // A mark writes author_marks and an audit_events row with its state before and after.
        _ = try await store.markAuthor(try AuthorKey(network: "203.0.113.0/24"), as: .blocked, note: "spamgolf", actor: "Anja", at: Fixtures.day)
        let source = try await store.addSource(
            SourceDraft(url: "https://vakblad.example/feed", name: "Vakblad", trust: .trusted, intervalSeconds: 1800))
        try await store.applyPoll(
            SourcePollUpdate(
                sourceID: source.id, state: SourceState(etag: "\"e\"", lastFetchAt: Fixtures.day, lastStatus: "200 OK", nextPollAt: Fixtures.day),
                columns: [IngestedColumn(entryKey: "entry-1", fingerprint: "fp", column: Fixtures.column("van-elders"), status: .approved)]))
        _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 10) { "{\"id\":\"\($0.id)\"}" }
        return store
    }

    private static func export(_ store: any StoreTransfer) async throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-export-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        _ = try await StoreTransferFile.export(store, to: handle)
        try handle.close()
        return try Data(contentsOf: file)
    }

    @Test(arguments: StoreBackend.available) func anExportImportedIntoAnEmptyStoreExportsTheSame(_ backend: StoreBackend) async throws {
        let original = try await Self.export(Self.populatedSQLite())
        let lines = String(decoding: original, as: UTF8.self).split(separator: "\n")
        #expect(lines.first == #"{"stempel_export":1}"#)
        #expect(lines.contains { $0.contains(#""table":"decisions""#) && $0.contains(#""action":"spam""#) })
        #expect(lines.contains { $0.contains(#""created_at":"2026-09-21T14:13:20.123000Z""#) })
        try await backend.withStore { store in
            let counts = try await StoreTransferFile.import(original, into: store)
            #expect(counts.first { $0.table == "comments" }?.rows == 3)
            let again = try await Self.export(store)
            let difference = zip(lines, String(decoding: again, as: UTF8.self).split(separator: "\n")).first { $0.0 != $0.1 }
            #expect(again == original, "first difference: \(String(describing: difference))")
            // The stores work on: the approved count, the accounts, the sequences past the imported ids.
            #expect(try await store.columnSummary(slug: "a")?.approvedCommentCount == 1)
            #expect(try await store.moderator(tokenHash: "t")?.name == "Anja")
            let fresh = Fixtures.comment(on: "b", body: "Na de verhuizing")
            try await store.insertComment(fresh)
            let audit = try await store.auditLog(after: nil, limit: 100)
            #expect(audit.last?.commentID == fresh.id)
            #expect(Set(audit.map(\.sequence)).count == audit.count)
            _ = try await store.addSource(SourceDraft(url: "https://ander.example/feed", name: "Ander"))
            // An import never merges into data.
            await #expect(throws: StoreTransferError.self) { try await StoreTransferFile.import(original, into: store) }
        }
    }

    @Test(arguments: StoreBackend.available) func anImportThatFailsInItsLastTableWritesNothing(_ backend: StoreBackend) async throws {
        let original = try await Self.export(Self.populatedSQLite())
        // The audit event again, with the same id: the database refuses it after every other
        // table was written, in the same transaction.
        let event = try #require(String(decoding: original, as: UTF8.self).split(separator: "\n").first { $0.contains(#""table":"audit_events""#) })
        let broken = original + Data((event + "\n").utf8)
        try await backend.withStore { store in
            await #expect(throws: (any Error).self) { try await StoreTransferFile.import(broken, into: store) }
            #expect(try await store.isEmptyForImport())
            #expect(try await store.columnCount() == 0)
            // Nothing half-written stands in the way of importing the good file.
            _ = try await StoreTransferFile.import(original, into: store)
            #expect(try await store.columnCount() == 3)
        }
    }

    @Test func mistakesNameTheLine() async throws {
        let store = try SQLiteStore.inMemory()
        for (text, expected) in [
            ("{\"hello\":1}\n", "line 1 is not a Stempel export"),
            ("{\"stempel_export\":1}\n{\"table\":\"nope\",\"row\":{}}\n", "line 2 names an unknown table 'nope'"),
            ("{\"stempel_export\":1}\n{\"table\":\"columns\",\"row\":{\"colour\":1}}\n", "line 2 has an unknown column 'colour'"),
            ("{\"stempel_export\":1}\n{\"table\":\"columns\",\"row\":{\"published_at\":\"gisteren\"}}\n", "line 2 columns.published_at"),
            ("{\"stempel_export\":1}\nnot json\n", "line 2 is not a JSON row"),
        ] {
            await #expect {
                _ = try await StoreTransferFile.import(Data(text.utf8), into: store)
            } throws: { error in
                String(describing: error).hasPrefix(expected)
            }
        }
    }
}

@Suite struct TransferCoverageTests {
    /// The tables and columns export moves: everything in the schema but the exclusions.
    private static func check(_ schema: [String: Set<String>]) {
        var expected = schema.filter { !TransferExclusions.tables.contains($0.key) }
        for (table, columns) in TransferExclusions.columns { expected[table]?.subtract(columns) }
        let moved = Dictionary(uniqueKeysWithValues: TransferTable.all.map { ($0.name, Set($0.columns.map(\.name))) })
        #expect(moved == expected, "a table or column is missing from TransferTable.all (or from TransferExclusions)")
    }

    @Test func exportCoversEveryTableAndColumnOfSQLite() async throws {
        Self.check(try await SQLiteStore.inMemory().tableColumns())
    }

    @Test(arguments: StoreBackend.postgres) func exportCoversEveryTableAndColumnOfPostgreSQL(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        try await StoreBackend.withSchema(url) { location in
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store in Self.check(try await store.tableColumns()) }
        }
    }
}
