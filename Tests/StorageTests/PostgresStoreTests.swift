import Foundation
import Moderation
import PostgresStorage
import Storage
import Testing

/// What only the PostgreSQL store does: migrations under a lock, several instances on one database.
@Suite struct PostgresStoreTests {
    @Test(arguments: StoreBackend.postgres) func migrationsAreNamedAndAppliedOnceWhenInstancesStartTogether(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        try await StoreBackend.withSchema(url) { location in
            // Three instances start at once on an empty schema: the advisory lock lets one apply
            // each migration; the others find them applied.
            let applied = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        try await PostgresStore.withStore(location, logger: StoreBackend.logger, migrate: false) { store in try await store.migrate()
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(applied.flatMap { $0 } == PostgresStore.migrationNames)
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store async throws in
                #expect(
                    try await store.appliedMigrations() == [
                        "2026-11-27 author marks", "2026-11-27 comment shingles", "2026-11-27 held column findings and webhooks",
                        "2026-11-27 initial schema", "2026-11-27 rate limits", "2026-11-27 source leases", "2026-11-27 source polls",
                        "2026-11-27 sources", "2026-11-27 webhook deliveries",
                    ])
                #expect(try await store.missingMigrations().isEmpty)
                #expect(try await store.migrate().isEmpty)
            }
        }
    }

    @Test(arguments: StoreBackend.postgres) func aDecisionOnOneInstanceMovesTheOthersPublishedChanges(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        try await StoreBackend.withSchema(url) { location in
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { first in
                try await PostgresStore.withStore(location, logger: StoreBackend.logger) { second in
                    #expect(try await second.waitUntilListening())
                    let start = second.publishedChanges.version
                    try await first.saveColumns([Fixtures.column("a")])
                    #expect(try await Self.eventually { second.publishedChanges.version > start })
                    let held = Fixtures.comment(on: "a", status: .held)
                    try await first.insertComment(held)

                    let before = second.publishedChanges.version
                    _ = try await first.decide(commentID: held.id, action: .approve, actor: "anja")
                    #expect(try await Self.eventually { second.publishedChanges.version > before })
                    // What the second instance reads next is the decision the first one made.
                    #expect(try await second.recentApprovedComments(onColumn: "a", limit: 10).map(\.id) == [held.id])

                    // A held comment changes no feed: nothing is announced.
                    let quiet = second.publishedChanges.version
                    try await first.insertComment(Fixtures.comment(on: "a", body: "nog een", status: .held))
                    let approved = Fixtures.comment(on: "a", body: "goedgekeurd")
                    try await first.insertComment(approved)
                    #expect(try await Self.eventually { second.publishedChanges.version > quiet })
                    #expect(second.publishedChanges.version == quiet + 1)
                }
            }
        }
    }

    @Test(arguments: StoreBackend.postgres) func theOutboxIsSharedByInstancesAndSurvivesRestarts(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        let payload: @Sendable (QueueItem) throws -> String = { "{\"id\":\"\($0.id)\"}" }
        try await StoreBackend.withSchema(url) { location in
            let held = Fixtures.comment(on: "a", status: .held)
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store async throws in
                try await store.saveColumns([Fixtures.column("a")])
                _ = try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: payload)
                try await store.insertComment(held)
            }
            // Held while nobody read the outbox: announced by the next instance, once.
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store async throws in
                #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: payload) == 1)
                #expect(try await store.enqueueHeldSubmissions(at: Fixtures.day, limit: 100, payload: payload) == 0)
                #expect(try await store.dueWebhookDeliveries(at: Fixtures.day, limit: 10).map(\.submissionID) == [held.id])
            }
        }
    }

    @Test(arguments: StoreBackend.postgres) func concurrentRetriesWithOneIdempotencyKeyStoreOneComment(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let key = IdempotencyKey(scope: "a", key: "k", fingerprint: "f")
            let comments = (0..<20).map { _ in Fixtures.comment(on: "a") }
            let stored = await withTaskGroup(of: Bool.self) { group in
                for comment in comments {
                    group.addTask { (try? await store.insertComment(comment, idempotencyKey: key)) != nil }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(stored == 1)
            #expect(try await store.columnSummary(slug: "a")?.approvedCommentCount == 1)
            let winner = try #require(try await store.idempotentRequest(key))
            #expect(try await store.comment(id: winner.commentID) != nil)
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

@Suite struct PostgresLocationTests {
    @Test func aURLNamesTheServerDatabaseAndSchema() throws {
        let location = try PostgresLocation(url: "postgres://stempel:geheim%21@db.example:6543/stempel?schema=site_a&pool=8")
        #expect(location.host == "db.example" && location.port == 6543)
        #expect(location.username == "stempel" && location.password == "geheim!")
        #expect(location.database == "stempel" && location.schema == "site_a" && location.maximumConnections == 8)
        #expect(location.description == "postgres://stempel@db.example:6543/stempel?schema=site_a")
        #expect(try PostgresLocation(url: "postgresql://u@h/d").port == 5432)
    }

    @Test(arguments: [
        "postgres://h/d", "postgres://u@/d", "postgres://u@h", "postgres://u@h/d?schema=a-b", "postgres://u@h/d?sslmode=verify",
        "postgres://u@h/d?pool=0", "postgres://u@h/d?colour=blue", "./stempel.sqlite",
    ])
    func aBadURLIsRefusedWithTheReason(_ url: String) {
        #expect(throws: PostgresLocationError.self) { try PostgresLocation(url: url) }
    }

    @Test func filePathsAreNotURLs() {
        #expect(PostgresLocation.isURL("postgres://u@h/d"))
        #expect(!PostgresLocation.isURL("/var/lib/stempel/stempel.sqlite"))
    }
}

@Suite struct PostgresLeaseTests {
    @Test(arguments: StoreBackend.postgres) func pollersLeasingAtOnceGetDisjointSources(_ backend: StoreBackend) async throws {
        guard case .postgres(let url) = backend.kind else { return }
        try await StoreBackend.withSchema(url) { location in
            try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store in
                for index in 0..<40 {
                    _ = try await store.addSource(SourceDraft(url: "https://feeds.example/\(index)", name: "feed \(index)"))
                }
            }
            // Four instances, each asking for up to 15 sources at the same moment.
            let now = Date()
            let leased = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for holder in 0..<4 {
                    group.addTask {
                        try await PostgresStore.withStore(location, logger: StoreBackend.logger) { store in
                            try await store.leaseDueSources(at: now, holder: "instance \(holder)", until: now.addingTimeInterval(60), limit: 15).map(
                                \.id)
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let all = leased.flatMap { $0 }
            #expect(all.count == 40)
            #expect(Set(all).count == 40)
        }
    }
}
