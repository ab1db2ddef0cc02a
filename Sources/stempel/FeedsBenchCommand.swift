import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Moderation
import ModerationKit
import Publishing
import ServiceLifecycle
import StempelServer
import Storage

/// `stempel bench feeds`: a server with a large published site, for `Benchmarks/publishing/run.sh`.
///
/// Fills the database (once) with `--columns` approved columns and `--comments` approved comments,
/// times how long the columns feed takes to rebuild after a moderator's decision, then serves the
/// normal routes plus `GET /bench/fixed-1k`, a fixed 1 KB response that wrk measures beside the
/// feeds in the same run.
struct FeedsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Serve a large published site with a fixed 1 KB baseline route, after timing feed rebuilds."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The port to listen on.")
    var port = 8090

    @Option(help: "How many published columns the site has.")
    var columns = 1_000

    @Option(help: "How many approved comments the site has, spread over the columns.")
    var comments = 20_000

    @Option(help: "How many decisions to time the rebuild after.")
    var decisions = 200

    func run() async throws {
        let logger = common.bootstrapLogging()
        var configuration = try common.configuration()
        configuration.port = port
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-feeds-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore.open(path: common.benchmarkDatabase(default: directory.appendingPathComponent("feeds.sqlite").path))
        let seeded = try await SyntheticSite(columns: columns, comments: comments).seed(into: store)
        let engine = try common.engine(for: configuration, logger: logger)
        let stempel = StempelApplication(configuration: configuration, store: store, engine: engine)

        let timings = try await rebuildTimings(stempel.feeds, store: store, commentIDs: seeded)
        say(
            String(
                format: "rebuild of /feeds/columns.atom after a decision: median %.2f ms, p99 %.2f ms, max %.2f ms (%d decisions)",
                timings.median, timings.p99, timings.max, timings.count))

        let router = stempel.router()
        let fixed = ByteBuffer(repeating: UInt8(ascii: "x"), count: 1_024)
        router.get("/bench/fixed-1k") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: fixed))
        }
        let application = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: port), serverName: "Stempel"),
            logger: logger
        )
        say("serving on http://\(configuration.host):\(port) (SIGTERM stops)")
        let group = ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// Writes a line unbuffered: the benchmark script waits for these lines in a file.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Decides a comment (reject, then approve again) and renders the columns feed, as the next
    /// reader after a decision does; the time is the rendering's.
    private func rebuildTimings(_ cache: FeedCache, store: SQLiteStore, commentIDs: [String]) async throws -> LatencySummary {
        let feed = PublishedResource.feed(FeedKey(subject: .columns(archivePage: nil), format: .atom))
        _ = try await cache.document(for: feed)
        var samples: [Double] = []
        for index in 0..<min(decisions, commentIDs.count) {
            let id = commentIDs[index]
            _ = try await store.decide(commentIDs: [id], action: .reject, actor: "bench", note: nil, expecting: .approved, at: Date(), learners: [])
            let start = ContinuousClock.now
            _ = try await cache.document(for: feed)
            samples.append((ContinuousClock.now - start).milliseconds)
            _ = try await store.decide(commentIDs: [id], action: .approve, actor: "bench", note: nil, expecting: .rejected, at: Date(), learners: [])
        }
        return LatencySummary(samples)
    }
}
