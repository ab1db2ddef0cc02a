import Foundation
import Ingestion
import Logging
import Moderation
import ModerationKit
import Storage
import Synchronization
import Testing

/// The poller end to end below HTTP: a loopback server, an in-memory store, a judge.
@Suite struct SourcePollerTests {
    /// Serves whatever the test puts in `responses` by path; counts requests.
    final class Site: Sendable {
        final class Responses: Sendable {
            let byPath = Mutex<[String: FixtureServer.Response]>([:])
        }

        let responses = Responses()
        let server: FixtureServer

        init() throws {
            let responses = self.responses
            server = try FixtureServer { request in
                guard let response = responses.byPath.withLock({ $0[request.path] }) else { return .init(status: 404) }
                let etag = response.headers.first { $0.0 == "ETag" }?.1
                return etag != nil && etag == request.headers["if-none-match"] ? .init(status: 304) : response
            }
        }

        func serve(_ path: String, _ response: FixtureServer.Response) { responses.byPath.withLock { $0[path] = response } }
    }

    /// Holds anything that mentions "casino"; approves the rest.
    static let judge: SubmissionJudge = { submission in
        let spam = submission.body.lowercased().contains("casino")
        let findings = spam ? [RuleFinding(rule: "word-list", score: 5, reason: "mentions a casino")] : []
        return Verdict(status: spam ? .held : .approved, totalScore: spam ? 5 : 0, findings: findings, runs: [])
    }

    static func poller(_ store: SQLiteStore) -> SourcePoller {
        SourcePoller(store: store, fetcher: FeedFetcher(configuration: FeedFetcherTests.settings(timeout: 2)), judge: judge, logger: quietLogger)
    }

    private static func etagged(_ text: String, _ etag: String) -> FixtureServer.Response {
        .feed(text, headers: [("ETag", etag)])
    }

    @Test func entriesBecomeColumnsOnceAndChangesUpdateThem() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        let poller = Self.poller(store)
        let v1 = TestFeeds.columns([("urn:c:1", "De bakker", "Hij kende mijn naam."), ("urn:c:2", "De kapper", "Kort graag.")])
        site.serve("/feed", Self.etagged(v1, "\"1\""))
        let source = try await store.addSource(SourceDraft(url: site.server.url("/feed"), name: "Vakblad", trust: .trusted))

        let first = await poller.poll(source)
        #expect(first.kind == .fetched && first.added == 2)
        var columns = try await store.columnSummaries().map(\.column)
        #expect(columns.map(\.title).sorted() == ["De bakker", "De kapper"])
        let bakker = try #require(columns.first { $0.title == "De bakker" })
        #expect(bakker.link == "https://columns.example/1" && bakker.author == "Schrijver 0" && bakker.tags == ["bakkerij"])
        #expect(bakker.contentHTML.contains("Hij kende mijn naam") && !bakker.contentHTML.contains("script"))

        // The same document again (a server without validators): nothing new, nothing doubled.
        let again = await poller.poll(try #require(try await store.source(id: source.id)))
        #expect(again.kind == .notModified)
        site.serve("/feed", Self.etagged(v1, "\"1b\""))
        let same = await poller.poll(try #require(try await store.source(id: source.id)))
        #expect(same.kind == .fetched && same.added == 0 && same.changed == 0)
        #expect(try await store.columnCount() == 2)

        // A comment on the column survives the column's update.
        try await store.insertComment(
            StoredComment(
                judged: Submission(body: "Mooi!", author: .init(name: "Lezer"), column: bakker.slug),
                verdict: Verdict(status: .approved, totalScore: 0, findings: [], runs: [])))
        let v2 = TestFeeds.columns([("urn:c:1", "De bakker (bijgewerkt)", "Hij kende mijn naam, en mijn hond.")])
        site.serve("/feed", Self.etagged(v2, "\"2\""))
        let changed = await poller.poll(try #require(try await store.source(id: source.id)))
        #expect(changed.added == 0 && changed.changed == 1)
        columns = try await store.columnSummaries().map(\.column)
        #expect(columns.count == 2, "an entry that left the feed keeps its column")
        let updated = try #require(try await store.columnSummary(slug: bakker.slug))
        #expect(updated.column.title == "De bakker (bijgewerkt)" && updated.approvedCommentCount == 1)
        let state = try #require(try await store.source(id: source.id)).state
        #expect(state.etag == "\"2\"" && state.entriesSeen == 2 && state.lastError == nil)
    }

    @Test func commentFeedsArePolledAndTheirItemsJudgedOnce() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        let poller = Self.poller(store)
        site.serve("/feed", .feed(TestFeeds.columns([("urn:c:1", "De bakker", "Tekst.")], commentBase: site.server.url("/comments"))))
        let comments = TestFeeds.comments([("c1", "Anna", "Zo herkenbaar."), ("c2", "Spammer", "Win big at the casino now")])
        site.serve("/comments/0", .feed(comments, type: "application/rss+xml"))
        let source = try await store.addSource(SourceDraft(url: site.server.url("/feed"), name: "Vakblad", trust: .trusted))
        _ = await poller.poll(source)

        let commentFeed = try #require(try await store.sources().first(where: \.isCommentFeed))
        #expect(commentFeed.url == site.server.url("/comments/0") && commentFeed.parentID == source.id)
        let slug = try #require(commentFeed.columnSlug)
        let outcome = await poller.poll(commentFeed)
        #expect(outcome.added == 2)
        let approved = try await store.approvedComments(onColumn: slug)
        #expect(approved.map(\.submission.author.name) == ["Anna"])
        #expect(approved.first?.submission.source == .feed)
        #expect(try await store.heldQueue(QueueQuery()).map(\.submission.author.name) == ["Spammer"])

        // Polled again, and with one item gone: nothing doubles, nothing decided disappears.
        site.serve("/comments/0", .feed(TestFeeds.comments([("c2", "Spammer", "Win big at the casino now")]), type: "application/rss+xml"))
        let again = await poller.poll(try #require(try await store.source(id: commentFeed.id)))
        #expect(again.added == 0)
        #expect(try await store.approvedComments(onColumn: slug).count == 1)
        #expect(try await store.heldQueue(QueueQuery()).count == 1)

        // Unsubscribing removes the source and its comment feeds; what they brought stays.
        #expect(try await store.removeSource(id: source.id))
        #expect(try await store.sources().isEmpty)
        #expect(try await store.columnCount() == 1)
        #expect(try await store.approvedComments(onColumn: slug).count == 1)
    }

    @Test func theNextPollFollowsTheFeedsTTLAndUpdatePeriod() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        site.serve("/ttl", .feed(TestFeeds.rss(ttl: 30, updatePeriod: nil), type: "application/rss+xml"))
        site.serve("/sy", .feed(TestFeeds.rss(ttl: nil, updatePeriod: "daily"), type: "application/rss+xml"))
        site.serve(
            "/cache", .feed(TestFeeds.rss(ttl: nil, updatePeriod: nil), type: "application/rss+xml", headers: [("Cache-Control", "max-age=900")]))
        let now = Date()
        for (path, seconds) in [("/ttl", 1_800.0), ("/sy", 43_200), ("/cache", 900)] {
            let source = try await store.addSource(SourceDraft(url: site.server.url(path), name: path, trust: .trusted))
            _ = await Self.poller(store).poll(source, now: now)
            let next = try #require(try await store.source(id: source.id)?.state.nextPollAt)
            #expect(abs(next.timeIntervalSince(now) - seconds) < 1, "\(path)")
        }
    }

    @Test func aWebFeedCannotNameALocalFileAsItsCommentFeed() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        site.serve("/feed", .feed(TestFeeds.columns([("urn:c:1", "Een", "Tekst.")], commentBase: "file:///etc/passwd")))
        let source = try await store.addSource(SourceDraft(url: site.server.url("/feed"), name: "Vakblad", trust: .trusted))
        let outcome = await Self.poller(store).poll(source)
        #expect(outcome.added == 1)
        #expect(try await store.sources().filter(\.isCommentFeed).isEmpty)
    }

    @Test func aModeratedSourcesColumnsGoThroughTheRules() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        site.serve("/feed", .feed(TestFeeds.columns([("urn:c:1", "Casino", "Win big at the casino"), ("urn:c:2", "De kapper", "Kort.")])))
        let source = try await store.addSource(SourceDraft(url: site.server.url("/feed"), name: "Onbekend", trust: .moderated))
        // A webhook outbox that has looked once: what is held from now on is announced.
        #expect(try await store.enqueueHeldSubmissions(at: Date(), limit: 100) { $0.id } == 0)
        let outcome = await Self.poller(store).poll(source)
        #expect(outcome.added == 2)
        // The held column is stored but not published.
        #expect(try await store.columnSummaries().map(\.column.title) == ["De kapper"])
        #expect(try await store.columnCount() == 2)
        // The poll recorded the rules' hold in the audit trail, and the outbox turns it into one delivery.
        let held = try #require(try await store.heldColumns(QueueQuery()).first)
        #expect(held.title == "Casino")
        // With the rules' findings and score, as a held comment has them.
        #expect(held.totalScore == 5)
        #expect(held.findings == [RuleFinding(rule: "word-list", score: 5, reason: "mentions a casino")])
        let events = try await store.auditEvents(of: .column, id: held.id)
        #expect(events.map(\.action) == ["held"] && events.map(\.actor) == ["rules"])
        #expect(try await store.enqueueHeldSubmissions(at: Date(), limit: 100) { "\($0.id) \($0.createdAt == held.createdAt)" } == 1)
        let deliveries = try await store.dueWebhookDeliveries(at: .distantFuture, limit: 10)
        #expect(deliveries.map(\.submissionID) == [held.id] && deliveries.map(\.payload) == ["\(held.id) true"])
        // Polled again unchanged: nothing new is held or announced.
        _ = await Self.poller(store).poll(try #require(try await store.source(id: source.id)))
        #expect(try await store.enqueueHeldSubmissions(at: Date(), limit: 100) { $0.id } == 0)
    }

    @Test func badInputLeavesAStatusAndNothingElse() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        let poller = Self.poller(store)
        let feed = TestFeeds.columns([("urn:c:1", "Een", "Tekst.")])
        var truncated = FixtureServer.Response.feed(feed)
        truncated.body = Data(feed.utf8.prefix(feed.utf8.count * 2 / 3))
        let cases: [(String, FixtureServer.Response, String)] = [
            ("/html", .feed(TestFeeds.htmlPage, type: "text/html"), "not a feed: an HTML page"),
            ("/text", .feed("just some words, no markup at all", type: "text/plain"), "not a feed"),
            ("/json", .feed(#"{"items": []}"#, type: "application/json"), "Content-Type application/json"),
            ("/cut", truncated, "truncated"),
            ("/500", .init(status: 500), "HTTP 500"),
        ]
        for (path, response, expected) in cases {
            site.serve(path, response)
            let source = try await store.addSource(SourceDraft(url: site.server.url(path), name: path, trust: .trusted))
            let outcome = await poller.poll(source)
            #expect(outcome.kind == .failed, "\(path)")
            let state = try #require(try await store.source(id: source.id)).state
            #expect(state.lastError?.contains(expected) == true, "\(path): \(state.lastError ?? "no error")")
            #expect(state.failureCount == 1 && state.nextPollAt.map { $0 > Date() } == true && state.etag == nil)
        }
        #expect(try await store.columnCount() == 0)
    }

    @Test func aCompleteFeedWithJunkAfterItsRootIsNotTruncated() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        // What CDNs and caching plugins append to real feeds (seen in the real-world corpus).
        let feed = TestFeeds.columns([("urn:c:1", "Een", "Tekst.")])
        site.serve("/script", .feed(feed + "\n<script data-cfasync=\"false\" src=\"/cdn-cgi/email-decode.min.js\"></script>"))
        site.serve("/comment", .feed(feed + "\n<!-- Served from cache by W3 Total Cache -->\n", type: "application/octet-stream"))
        for path in ["/script", "/comment"] {
            let source = try await store.addSource(SourceDraft(url: site.server.url(path), name: path, trust: .trusted))
            let outcome = await Self.poller(store).poll(source)
            #expect(outcome.kind == .fetched, "\(path): \(outcome.status)")
        }
    }

    @Test func backoffGrowsPersistsAndResetsAfterSuccess() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-backoff-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        site.serve("/feed", .init(status: 429, headers: [("Retry-After", "3600")]))
        let source: Source
        do {
            let store = try SQLiteStore.open(path: path)
            source = try await store.addSource(SourceDraft(url: site.server.url("/feed"), name: "Druk", trust: .trusted))
            _ = await Self.poller(store).poll(source, now: Date())
        }
        // A restart: a new store on the same file still knows when to come back.
        let reopened = try SQLiteStore.open(path: path)
        let state = try #require(try await reopened.source(id: source.id)).state
        #expect(state.failureCount == 1 && state.lastStatus == "HTTP 429")
        #expect(try #require(state.nextPollAt).timeIntervalSinceNow > 3_500)
        #expect(try await reopened.dueSources(at: Date()).isEmpty)

        site.serve("/feed", .init(status: 503))
        _ = await Self.poller(reopened).poll(try #require(try await reopened.source(id: source.id)))
        let second = try #require(try await reopened.source(id: source.id)).state
        #expect(second.failureCount == 2 && second.lastError == "HTTP 503")
        site.serve("/feed", .feed(TestFeeds.columns([("urn:c:1", "Een", "Tekst.")])))
        _ = await Self.poller(reopened).poll(try #require(try await reopened.source(id: source.id)))
        let recovered = try #require(try await reopened.source(id: source.id)).state
        #expect(recovered.failureCount == 0 && recovered.lastError == nil && recovered.entriesSeen == 1)
    }

    @Test func goneDisablesAndPermanentRedirectsMoveTheSource() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        let poller = Self.poller(store)
        site.serve("/gone", .init(status: 410))
        site.serve("/old", .redirect(301, to: "/new"))
        site.serve("/temporary", .redirect(302, to: "/new"))
        site.serve("/new", .feed(TestFeeds.columns([("urn:c:1", "Een", "Tekst.")])))
        let gone = try await store.addSource(SourceDraft(url: site.server.url("/gone"), name: "weg", trust: .trusted))
        let moved = try await store.addSource(SourceDraft(url: site.server.url("/old"), name: "verhuisd", trust: .trusted))
        let temporary = try await store.addSource(SourceDraft(url: site.server.url("/temporary"), name: "tijdelijk", trust: .trusted))
        _ = await poller.poll(gone)
        _ = await poller.poll(moved)
        _ = await poller.poll(temporary)
        #expect(try await store.source(id: gone.id)?.isEnabled == false)
        #expect(try await store.source(id: moved.id)?.url == site.server.url("/new"))
        #expect(try await store.source(id: temporary.id)?.url == site.server.url("/temporary"))
        #expect(try await store.dueSources(at: Date.distantFuture).map(\.id).contains(gone.id) == false)
    }

    @Test func theServicePollsOneFetchAtATimePerHost() async throws {
        let site = try Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        for index in 0..<4 {
            var slow = FixtureServer.Response.feed(TestFeeds.columns([("urn:h:\(index)", "Kolom \(index)", "Tekst.")]))
            slow.delivery = .slow(chunkSize: 512, delay: .milliseconds(150))
            site.serve("/feed\(index)", slow)
            _ = try await store.addSource(SourceDraft(url: site.server.url("/feed\(index)"), name: "f\(index)", trust: .trusted))
        }
        let service = IngestionService(store: store, poller: Self.poller(store), logger: quietLogger)
        let started = ContinuousClock.now
        let outcomes = try await service.pollDue()
        let elapsed = ContinuousClock.now - started
        #expect(outcomes.count == 4 && outcomes.allSatisfy { $0.kind == .fetched })
        // Four feeds of one host, each taking 150 ms or more, one after another.
        #expect(elapsed >= .milliseconds(600))
        #expect(try await store.columnCount() == 4)
        #expect(try await service.pollDue().isEmpty, "nothing is due right after a poll")
    }
}

/// The poller logs every failure; the tests provoke failures on purpose.
let quietLogger: Logger = {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    return logger
}()
