import Foundation
import GRDB
import Testing

@testable import Storage

/// A database made by an earlier build, migrated by this one: what it held is kept.
@Suite struct SQLiteUpgradeTests {
    @Test func aPendingCommentDeliveryAndTheOutboxPositionSurviveTheHeldColumnMigration() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-upgrade-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let day = Date(timeIntervalSince1970: 1_780_000_000)
        do {
            // The schema as the build before the migration left it, with one delivery pending.
            let old = try DatabaseQueue(path: path)
            try SQLiteMigrations.migrator.migrate(old, upTo: "2026-11-27 comment shingles")
            try await old.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO columns (slug, title, author, content_html, published_at, updated_at, created_at) VALUES ('c', 'C', 'A', '<p>x</p>', ?, ?, ?)",
                    arguments: [day, day, day])
                try db.execute(
                    sql: """
                        INSERT INTO comments (id, column_id, author_name, body, body_hash, source, status, total_score, findings, rule_runs,
                                              created_at, updated_at)
                        VALUES ('oud', 1, 'Lezer', 'HELD', 0, 'api', 'held', 5, '[]', '[]', ?, ?)
                        """, arguments: [day, day])
                try db.execute(sql: "INSERT INTO webhook_position (id, last_decision_id) VALUES (1, 7)")
                try db.execute(
                    sql:
                        "INSERT INTO webhook_deliveries (comment_id, payload, attempts, last_error, next_attempt_at, created_at) VALUES ('oud', '{}', 2, 'answered 500', ?, ?)",
                    arguments: [day, day])
            }
            try old.close()
        }
        let store = try SQLiteStore.open(path: path)
        #expect(try await store.missingMigrations().isEmpty)
        let due = try await store.dueWebhookDeliveries(at: day, limit: 10)
        #expect(due.map(\.submissionID) == ["oud"] && due.first?.attempts == 2 && due.first?.lastError == "answered 500")
        #expect(due.first?.isColumn == false)
        // The comment position is kept; the new column position starts at the beginning of the (empty) trail.
        // The values leave the closure, not the (non-Sendable) row: that keeps GRDB's async read.
        let position = try await store.writer.read { db -> [Int64?] in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM webhook_position")
            return [row?["last_decision_id"], row?["last_event_id"]]
        }
        #expect(position == [7, 0])
        // The column written before the migration has no findings, and is not mistaken for a judged one.
        let column = try #require(try await store.heldColumn(rowID: 1))
        #expect(column.findings.isEmpty && column.totalScore == nil)
        let integrity = try await store.writer.read { db in try String.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(integrity.isEmpty)
    }
}
