import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hummingbird
import Moderation
import ModerationKit
import NIOCore
import ServiceLifecycle
import StempelServer
import Storage

/// `stempel bench queue`: the moderation queue at the size issue 6 asks for.
///
/// Fills its own database with `--held` held comments (judged by the configured rules, so their
/// findings are real) beside `--approved` published ones, then times, with a release build:
/// every page of the queue, 50 at a time, from the store and through the HTTP API on loopback;
/// and bulk decisions on `--bulk` comments each, one transaction each, from the store and through
/// `POST /api/v1/decisions`.
struct QueueBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Time listing a large moderation queue and bulk decisions on it (see docs/performance.md)."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "How many held comments the queue has.")
    var held = 10_000

    @Option(help: "How many approved comments the site has besides (they share the comments table).")
    var approved = 20_000

    @Option(help: "The page size.")
    var pageSize = 50

    @Option(help: "How many comments one bulk decision decides.")
    var bulk = 500

    @Option(help: "How many bulk decisions to time, half from the store and half through HTTP.")
    var bulkRuns = 8

    func run() async throws {
        let logger = common.bootstrapLogging()
        var configuration = try common.configuration()
        configuration.rateLimits.enabled = false
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-queue-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore.open(path: common.benchmarkDatabase(default: directory.appendingPathComponent("queue.sqlite").path))
        let engine = try common.engine(for: configuration, logger: logger)
        let seeded = try await HeldQueueSeed(held: held, approved: approved).seed(into: store, engine: engine)
        guard seeded >= held else { throw ValidationError("the database already holds a different queue: leave out --database") }
        let token = Credentials.newToken()
        try await store.addModerator(
            Moderator(name: "bench", role: .moderator, passwordHash: Credentials(bcryptCost: 4).hash(password: "bench-password"), createdAt: Date()),
            tokenHash: Credentials.tokenHash(token))

        let stempel = StempelApplication(configuration: configuration, store: store, engine: engine)
        let learners = engine.rules.compactMap { configured -> Learner? in
            guard let learner = configured.rule as? any LearningRule else { return nil }
            return Learner(rule: configured.identifier) { learner.features(of: $0) }
        }
        // The merged queue (comments and held columns, `moderationQueue`) beside the comments
        // alone (`heldQueue`, what the queue listed before held columns joined it), alternately.
        var commentPages: [Double] = []
        var mergedPages: [Double] = []
        for _ in 0..<2 {
            commentPages += try await storePageTimings { try await store.heldQueue($0).map { QueueCursor(createdAt: $0.createdAt, id: $0.id) } }
            mergedPages += try await storePageTimings { try await store.moderationQueue($0).map(\.cursor) }
        }
        report("queue page from the store, comments only (heldQueue)", commentPages, unit: "pages of \(pageSize)")
        report("queue page from the store, comments and columns (moderationQueue)", mergedPages, unit: "pages of \(pageSize)")
        let server = try await BenchServer.start(router: stempel.router(), logger: logger)
        let client = QueueClient(base: "http://127.0.0.1:\(server.port)", token: token)
        let httpPages = try await client.pageTimings(limit: pageSize)
        report("queue page through GET /api/v1/queue", httpPages, unit: "pages of \(pageSize)")

        var storeBulk: [Double] = []
        var httpBulk: [Double] = []
        for run in 0..<bulkRuns {
            let ids = try await store.heldQueue(QueueQuery(limit: bulk)).map(\.id)
            guard ids.count == bulk else { break }
            // Alternate so that neither path always meets the emptier queue.
            if run.isMultiple(of: 2) {
                let start = ContinuousClock.now
                let results = try await store.decide(
                    commentIDs: ids, action: .spam, actor: "bench", note: nil, expecting: .held, at: Date(), learners: learners)
                storeBulk.append((ContinuousClock.now - start).milliseconds)
                guard results.allSatisfy({ if case .decided = $0 { true } else { false } }) else { throw BenchFailure("a bulk decision failed") }
            } else {
                httpBulk.append(try await client.bulkDecision(ids))
            }
        }
        report("bulk spam decision from the store", storeBulk, unit: "decisions of \(bulk)")
        report("bulk spam decision through POST /api/v1/decisions", httpBulk, unit: "decisions of \(bulk)")
        await server.stop()
        print("learners: \(learners.map(\.rule).joined(separator: ", ")); rules: \(engine.rules.map(\.identifier).joined(separator: ", "))")
    }

    /// Reads the whole queue a page at a time, as a moderator's client does, timing each page;
    /// `list` answers a page's items as their cursors.
    private func storePageTimings(_ list: (QueueQuery) async throws -> [QueueCursor]) async throws -> [Double] {
        var samples: [Double] = []
        var cursor: QueueCursor?
        repeat {
            let start = ContinuousClock.now
            let page = try await list(QueueQuery(after: cursor, limit: pageSize))
            samples.append((ContinuousClock.now - start).milliseconds)
            cursor = page.count == pageSize ? page.last : nil
        } while cursor != nil
        return samples
    }

    private func report(_ name: String, _ samples: [Double], unit: String) {
        let summary = LatencySummary(samples)
        let figures = String(format: "median %.2f ms, p99 %.2f ms, max %.2f ms", summary.median, summary.p99, summary.max)
        print("\(name): \(figures) (\(summary.count) \(unit))")
    }
}

/// What stops a benchmark that measured something other than it meant to.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
