import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import StempelServer
@testable import Storage

/// A full disk or a read-only database: 503 with a problem document, nothing half-written, and
/// back to normal by itself once the cause is gone. SQLite's `max_page_count` stands in for the disk.
@Suite struct DatabaseUnavailableTests {
    @Test func aFullDiskAnswers503AndRecoversWhenSpaceReturns() async throws {
        // SQLite's own switches make the disk "full": this test is about the SQLite store.
        let sqlite = try SQLiteStore.inMemory()
        let server = try await TestServer(store: sqlite)
        let token = try await server.addModerator("mila")
        try await server.test { client in
            let held = try #require(try await client.postComment("KIJK OP MIJN SITE VOOR GOEDKOPE HORLOGES!!!").json["id"] as? String)
            let pages = try await sqlite.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
            try await sqlite.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
            var statuses: [HTTPResponse.Status] = []
            for index in 0..<40 {
                let body = "Een langere reactie nummer \(index): " + String(repeating: "herkenbaar verhaal ", count: 100)
                statuses.append(try await client.postComment(body).status)
            }
            // A full B-tree page can still take a later row that happens to fit, so a 201 after a
            // 503 is fine; what matters is that every answer is one of the two and one was a 503.
            #expect(statuses.contains(.serviceUnavailable), "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .created || $0 == .serviceUnavailable }, "\(statuses)")
            // Nothing half-written: exactly the acknowledged comments are there.
            let stored = try await server.store.approvedComments(onColumn: "de-bakker-op-de-hoek").count
            #expect(stored == statuses.filter { $0 == .created }.count)

            try await sqlite.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
            #expect(try await client.postComment("Weer ruimte: een herkenbaar verhaal.").status == .created)
            let decided = try await client.execute(
                uri: "/api/v1/submissions/\(held)/decision", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"], body: ByteBuffer(string: #"{"action": "approve"}"#))
            #expect(decided.status == .ok)
            let integrity = try await sqlite.writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(integrity == ["ok"])
        }
    }

    /// `/readyz` when the store cannot answer the readiness question (its read fails: here the
    /// migrations table is swapped for one SQLite cannot read the applied migrations from), and
    /// when migrations are missing (the table is gone): 503 with a problem document both times,
    /// and 200 again once the table is back, without a restart.
    @Test func readinessAnswers503WhileTheStoreCannotAnswerAndRecovers() async throws {
        let sqlite = try SQLiteStore.inMemory()
        let server = try await TestServer(store: sqlite)
        try await server.test { client in
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
            let migrations = try #require(ready.json["migrations"] as? Int)

            try await sqlite.writer.write { db in
                try db.execute(sql: "ALTER TABLE grdb_migrations RENAME TO kept_migrations")
                try db.execute(sql: "CREATE TABLE grdb_migrations (unreadable TEXT)")
            }
            let failing = try await client.execute(uri: "/readyz", method: .get)
            #expect(failing.status == .serviceUnavailable)
            #expect(failing.headers[.contentType] == "application/problem+json")
            #expect(failing.json["status"] as? Int == 503)
            #expect(failing.json["detail"] as? String == "The database does not answer.")

            try await sqlite.writer.write { db in try db.execute(sql: "DROP TABLE grdb_migrations") }
            let unmigrated = try await client.execute(uri: "/readyz", method: .get)
            #expect(unmigrated.status == .serviceUnavailable)
            #expect(unmigrated.headers[.contentType] == "application/problem+json")
            #expect((unmigrated.json["detail"] as? String)?.hasPrefix("Migrations not applied yet: 2026-11-27 columns, ") == true)

            try await sqlite.writer.write { db in try db.execute(sql: "ALTER TABLE kept_migrations RENAME TO grdb_migrations") }
            let recovered = try await client.execute(uri: "/readyz", method: .get)
            #expect(recovered.status == .ok)
            #expect(recovered.json["status"] as? String == "ready")
            #expect(recovered.json["migrations"] as? Int == migrations)
        }
    }

    @Test(arguments: [ResultCode.SQLITE_FULL, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_BUSY])
    func anyRouteThatMeetsAnUnwritableDatabaseAnswers503(code: ResultCode) async throws {
        let router = Router(context: StempelRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.post("/schrijf") { _, _ -> String in throw DatabaseError(resultCode: code, message: "simulated") }
        let app = Application(router: router, logger: Logger(label: "test"))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/schrijf", method: .post)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.headers[.retryAfter] == "5")
            #expect(String(buffer: response.body).contains("nothing was changed"))
        }
    }

    @Test func otherDatabaseErrorsStayInternal() {
        #expect(StoreError.unavailable(from: DatabaseError(resultCode: .SQLITE_CONSTRAINT)) == nil)
        #expect(StoreError.unavailable(from: CancellationError()) == nil)
        #expect(StoreError.unavailable(from: DatabaseError(resultCode: .SQLITE_READONLY))?.isUnavailable == true)
    }
}
