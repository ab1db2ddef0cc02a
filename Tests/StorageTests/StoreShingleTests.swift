import Foundation
import ModerationKit
import Storage
import Testing

/// Both stores keep each comment's shingle fingerprint, so that the duplicates rule compares
/// integers instead of shingling earlier bodies.
@Suite struct StoreShingleTests {
    @Test(arguments: StoreBackend.available) func recentSubmissionsCarryTheirStoredShinglesAndTime(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let received = Fixtures.day.addingTimeInterval(-42.125)
            let body = "Wat een mooi verhaal, één keer en nooit weer!"
            try await store.insertComment(Fixtures.comment(on: "a", body: body, address: "203.0.113.5", at: received))
            let past = try await store.recentSubmissions(.anyone, since: Fixtures.day.addingTimeInterval(-3600), limit: 10)
            #expect(past.count == 1)
            #expect(past.first?.fingerprint == ShingleFingerprint(body))
            #expect(past.first?.fingerprint?.wordCount == 9)
            #expect(abs((past.first?.receivedAt.timeIntervalSince(received) ?? 1)) < 0.001)

            // A moderator's edit changes what later comments are compared with.
            let id = try #require(try await store.approvedComments(onColumn: "a").first?.id)
            _ = try await store.edit(commentID: id, body: "Iets heel anders", actor: "anja", note: nil, at: Fixtures.day)
            let edited = try await store.recentSubmissions(.anyone, since: Fixtures.day.addingTimeInterval(-3600), limit: 10)
            #expect(edited.first?.fingerprint == ShingleFingerprint("Iets heel anders"))
        }
    }

    @Test(arguments: StoreBackend.available) func anImportedCommentHasNoFingerprintUntilEdited(_ backend: StoreBackend) async throws {
        // Export leaves the fingerprints behind (TransferExclusions): an imported comment's is
        // missing, and the duplicates rule shingles its body (PastSubmission.shingles).
        try await backend.withStore { source in
            try await source.saveColumns([Fixtures.column("a")])
            try await source.insertComment(Fixtures.comment(on: "a", body: "Een mooi verhaal over brood", at: Fixtures.day))
            var tables: [(table: TransferTable, rows: [[TransferValue]])] = []
            for table in TransferTable.all { tables.append((table, try await source.exportRows(table))) }
            try await backend.withStore { target in
                try await target.importTables(tables)
                let past = try await target.recentSubmissions(.anyone, since: Fixtures.day.addingTimeInterval(-3600), limit: 10)
                #expect(past.count == 1)
                #expect(past.first?.fingerprint == nil)
                #expect(past.first?.shingles == ShingleFingerprint("Een mooi verhaal over brood"))
            }
        }
    }
}
