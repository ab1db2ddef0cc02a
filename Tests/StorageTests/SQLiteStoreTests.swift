import Foundation
import Moderation
import ModerationKit
import Storage
import Testing

@Suite struct SQLiteStoreTests {
    @Test func migrationsAreNamedAndApplied() async throws {
        let store = try SQLiteStore.inMemory()
        #expect(
            try await store.appliedMigrations() == [
                "2026-11-27 author marks", "2026-11-27 columns", "2026-11-27 comment shingles", "2026-11-27 comments", "2026-11-27 decisions",
                "2026-11-27 held column findings and webhooks", "2026-11-27 idempotency keys", "2026-11-27 learning", "2026-11-27 moderators",
                "2026-11-27 rate limits", "2026-11-27 redactions", "2026-11-27 sessions",
                "2026-11-27 source leases", "2026-11-27 source polls", "2026-11-27 sources", "2026-11-27 webhook deliveries",
                "2026-11-28 comment edit generation",
            ])
    }

    @Test func fileDatabaseIsCreatedInWALMode() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-\(UUID())/nested")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let path = directory.appendingPathComponent("test.sqlite").path
        let store = try SQLiteStore.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try await store.journalMode() == "wal")
        try await store.saveColumns([Fixtures.column("a")])
        let reopened = try SQLiteStore.open(path: path)
        #expect(try await reopened.columnCount() == 1)
    }
}
