import Foundation
import Ingestion
import Testing

/// The fetcher against a real HTTP server on 127.0.0.1.
@Suite struct FeedFetcherTests {
    /// A generous default timeout: on a busy machine only the tests about deadlines may meet one.
    static func settings(timeout: Double = 30, maxBytes: Int = 1 << 20) -> IngestionConfiguration {
        var settings = IngestionConfiguration()
        settings.allowPrivateNetworks = true
        settings.responseTimeoutSeconds = timeout
        settings.maxResponseBytes = maxBytes
        return settings
    }

    private let feed = TestFeeds.columns([("urn:c:1", "Een", "Tekst")])

    @Test func conditionalGETWithETagAndLastModifiedAnd304() async throws {
        let feed = self.feed
        let server = try FixtureServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
            return .feed(feed, headers: [("ETag", "\"v1\""), ("Last-Modified", "Mon, 09 Nov 2026 10:00:00 GMT")])
        }
        defer { server.stop() }
        let fetcher = FeedFetcher(configuration: Self.settings())
        let first = try await fetcher.fetch(server.url("/feed"))
        #expect(first.statusCode == 200 && first.body == Data(feed.utf8))
        #expect(first.headers["etag"] == "\"v1\"")
        let second = try await fetcher.fetch(
            server.url("/feed"), validators: Validators(etag: "\"v1\"", lastModified: first.headers["last-modified"]))
        #expect(second.isNotModified)
        let requests = server.requests
        #expect(requests[1].headers["if-modified-since"] == "Mon, 09 Nov 2026 10:00:00 GMT")
        #expect(requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("Stempel/") == true })
        #expect(requests[0].headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func gzipIsDecompressed() async throws {
        let compressed = try gzip(Data(feed.utf8))
        let server = try FixtureServer { _ in
            .init(headers: [("Content-Type", "application/atom+xml"), ("Content-Encoding", "gzip")], body: compressed)
        }
        defer { server.stop() }
        let fetched = try await FeedFetcher(configuration: Self.settings()).fetch(server.url("/feed"))
        #expect(fetched.body == Data(feed.utf8))
    }

    @Test func aCompressedBodyIsCappedAfterDecompression() async throws {
        // 2 MB of spaces compress to about 2 KB: the cap must count what comes out, not what goes in.
        let bomb = try gzip(Data(repeating: 0x20, count: 2_000_000))
        let server = try FixtureServer { _ in
            .init(headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")], body: bomb)
        }
        defer { server.stop() }
        let fetcher = FeedFetcher(configuration: Self.settings(maxBytes: 100_000))
        await #expect(throws: FetchError.tooLarge(limit: 100_000)) { try await fetcher.fetch(server.url("/feed")) }
    }

    @Test func redirectChainsMoveTheSourceOnlyWhenEveryHopIsPermanent() async throws {
        let feed = self.feed
        let server = try FixtureServer { request in
            switch request.path {
            case "/a": .redirect(301, to: "/b")
            case "/b": .redirect(308, to: "/feed")
            case "/c": .redirect(301, to: "/d")
            case "/d": .redirect(302, to: "/e")
            case "/e": .redirect(307, to: "/feed")
            case "/loop": .redirect(302, to: "/loop")
            case "/to-file": .redirect(301, to: "file:///etc/passwd")
            default: .feed(feed)
            }
        }
        defer { server.stop() }
        let fetcher = FeedFetcher(configuration: Self.settings())
        let permanent = try await fetcher.fetch(server.url("/a"))
        #expect(permanent.finalURL == server.url("/feed"))
        #expect(permanent.movedTo == server.url("/feed"))
        let temporary = try await fetcher.fetch(server.url("/c"))
        #expect(temporary.finalURL == server.url("/feed"))
        // The first hop was permanent: the source moves to where it pointed, not past the 302.
        #expect(temporary.movedTo == server.url("/d"))
        await #expect(throws: FetchError.refused("more than 5 redirects")) { try await fetcher.fetch(server.url("/loop")) }
        await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/to-file")) }
    }

    @Test func everyRedirectHopIsChecked() async throws {
        let server = try FixtureServer { _ in .redirect(302, to: "http://127.0.0.2/feed") }
        defer { server.stop() }
        // This guard allows 127.0.0.1 only, standing in for "the first host is public".
        let guardian = URLGuard(resolver: SystemResolver()) { $0.description == "127.0.0.1" ? nil : "address other than 127.0.0.1" }
        let fetcher = FeedFetcher(configuration: Self.settings(), guard: guardian)
        do {
            _ = try await fetcher.fetch(server.url("/feed"))
            Issue.record("the redirect to 127.0.0.2 was followed")
        } catch let error as FetchError {
            #expect(error.description.contains("127.0.0.2"))
        }
        #expect(server.requests.count == 1)
    }

    @Test func errorStatusesRetryAfterAndGone() async throws {
        let server = try FixtureServer { request in
            switch request.path {
            case "/500": .init(status: 500)
            case "/429": .init(status: 429, headers: [("Retry-After", "120")])
            case "/503": .init(status: 503, headers: [("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT")])
            default: .init(status: 410)
            }
        }
        defer { server.stop() }
        let fetcher = FeedFetcher(configuration: Self.settings())
        await #expect(throws: FetchError.status(500)) { try await fetcher.fetch(server.url("/500")) }
        await #expect(throws: FetchError.status(429, retryAfter: 120)) { try await fetcher.fetch(server.url("/429")) }
        do {
            _ = try await fetcher.fetch(server.url("/503"))
        } catch let error as FetchError {
            #expect(error.statusCode == 503 && (error.retryAfter ?? 0) > 1_000_000)
        }
        await #expect(throws: FetchError.gone) { try await fetcher.fetch(server.url("/410")) }
    }

    @Test func slowOversizedEndlessAndTruncatedResponsesFail() async throws {
        let big = Data(repeating: 0x20, count: 300_000)
        let server = try FixtureServer { request in
            switch request.path {
            case "/slow":
                .init(
                    headers: [("Content-Type", "application/rss+xml")], body: Data(repeating: 0x20, count: 400),
                    // A byte every 100 ms: never silent for the 1 s read timeout, even on a busy
                    // machine (at 500 ms a stalled thread once made it a read timeout in CI), yet
                    // 40 s for the whole body, far past the 1 s deadline.
                    delivery: .slow(chunkSize: 1, delay: .milliseconds(100))
                )
            case "/big": .init(headers: [("Content-Type", "application/rss+xml")], body: big)
            case "/endless": .init(headers: [("Content-Type", "application/rss+xml")], body: Data("<item>".utf8), delivery: .endless)
            default: .init(headers: [("Content-Type", "application/rss+xml")], body: big, delivery: .truncated)
            }
        }
        defer { server.stop() }
        let fetcher = FeedFetcher(configuration: Self.settings(timeout: 1, maxBytes: 100_000))
        let started = ContinuousClock.now
        await #expect(throws: FetchError.timedOut(seconds: 1)) { try await fetcher.fetch(server.url("/slow")) }
        // The whole body would take 40 s; the deadline ends it long before (with room for a busy machine).
        #expect(ContinuousClock.now - started < .seconds(30))
        // The size cap must end these, not a deadline: a generous timeout keeps a busy machine from
        // turning the expected `tooLarge` into `timedOut`.
        let capped = FeedFetcher(configuration: Self.settings(timeout: 30, maxBytes: 100_000))
        await #expect(throws: FetchError.tooLarge(limit: 100_000)) { try await capped.fetch(server.url("/big")) }
        await #expect(throws: FetchError.tooLarge(limit: 100_000)) { try await capped.fetch(server.url("/endless")) }
        let lenient = FeedFetcher(configuration: Self.settings(timeout: 30, maxBytes: 1_000_000))
        do {
            _ = try await lenient.fetch(server.url("/truncated"))
            Issue.record("a truncated body was accepted")
        } catch let error as FetchError {
            #expect(error.description.contains("connection"), "\(error)")
        }
    }

    @Test func localFilesOnlyWhenAllowedAndTheirModificationTimeIsAValidator() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-feed-\(UUID().uuidString).atom")
        try Data(feed.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        await #expect(throws: FetchError.self) { try await FeedFetcher(configuration: Self.settings()).fetch(file.absoluteString) }
        let local = FeedFetcher(configuration: Self.settings(), readsLocalFiles: true)
        let first = try await local.fetch(file.path)
        #expect(first.body == Data(feed.utf8))
        let second = try await local.fetch(file.absoluteString, validators: Validators(lastModified: first.headers["last-modified"]))
        #expect(second.isNotModified)
    }
}

/// gzip through the system's `gzip`, which every machine that builds Stempel has.
func gzip(_ data: Data) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(data)
    try input.fileHandleForWriting.close()
    let compressed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return compressed
}
