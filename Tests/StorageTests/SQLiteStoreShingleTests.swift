import Foundation
import ModerationKit
import Storage
import Testing

/// Shingle fingerprints are stored with each comment by the SQLite store (the PostgreSQL store does
/// not store them yet, and the duplicates rule shingles the bodies there).
@Suite struct SQLiteStoreShingleTests {
    @Test func recentSubmissionsCarryTheirStoredShinglesAndTime() async throws {
        let store = try SQLiteStore.inMemory()
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
