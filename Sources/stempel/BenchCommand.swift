import ArgumentParser
import Foundation
import Logging
import Moderation
import ModerationKit
import StempelServer
import Storage

/// `stempel bench rules`: times the configured rule set on typical comments, history included.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Stempel's own speed (see docs/performance.md).",
        subcommands: [RulesBench.self, FeedsBench.self, QueueBench.self]
    )
}

/// Judges typical comments one after another against a database with history, and reports the
/// latency per comment (median, p99), the evaluations per second of one sequential caller and of
/// several at once, and the CPU time per evaluation of the sequential pass.
struct RulesBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Time the configured rules on typical comments, store lookups included (run under `taskset -c 0` for one core)."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "How many comments to judge.")
    var count = 20_000

    @Option(help: "How many earlier comments to put in the history first.")
    var history = 5_000

    @Option(help: "The sample feed whose columns the comments are about.")
    var sampleFeed = "Feeds/columns.atom"

    @Option(help: "How many callers judge at once for the throughput figure (latency is always measured one at a time).")
    var concurrency = 16

    @Option(help: "Where the history lives: sqlite (the real store, lookups included) or memory (the engine and rules alone).")
    var historyStore = "sqlite"

    func run() async throws {
        let logger = common.bootstrapLogging()
        let configuration = try common.configuration()
        let engine = try common.engine(for: configuration, logger: logger)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore.open(path: common.benchmarkDatabase(default: directory.appendingPathComponent("bench.sqlite").path))
        try await SampleFeedLoader(store: store, logger: logger).loadIfEmpty(path: sampleFeed)
        let slugs = try await store.columnSummaries().map(\.column.slug)
        guard !slugs.isEmpty else { throw ValidationError("no columns to comment on: give --sample-feed") }

        guard ["sqlite", "memory"].contains(historyStore) else { throw ValidationError("--history-store is sqlite or memory") }
        let memory = MemoryHistory()
        for slug in slugs {
            if let info = try await store.column(slug: slug) { memory.record(info) }
        }
        let start = Date().addingTimeInterval(-3600)
        for index in 0..<history {
            let submission = TypicalComments.submission(index, slugs: slugs, at: start.addingTimeInterval(Double(index) * 0.5))
            let verdict = await engine.judge(submission, history: store)
            if historyStore == "memory" {
                memory.record(submission, approved: verdict.status == .approved)
            } else {
                try await store.insertComment(StoredComment(judged: submission, verdict: verdict))
            }
        }
        let source: any SubmissionHistory = historyStore == "memory" ? memory : store

        let clock = ContinuousClock()
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        let began = clock.now
        let cpuBefore = ProcessUsage.now().cpuSeconds
        for index in 0..<count {
            let submission = TypicalComments.submission(history + index, slugs: slugs, at: Date())
            let before = clock.now
            _ = await engine.judge(submission, history: source, now: submission.receivedAt)
            latencies.append((clock.now - before).seconds * 1000)
        }
        let sequential = (clock.now - began).seconds
        let sequentialCPU = ProcessUsage.now().cpuSeconds - cpuBefore
        let parallelStart = clock.now
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<max(1, concurrency) {
                group.addTask {
                    for index in stride(from: worker, to: count, by: max(1, concurrency)) {
                        let submission = TypicalComments.submission(history + index, slugs: slugs, at: Date())
                        _ = await engine.judge(submission, history: source, now: submission.receivedAt)
                    }
                }
            }
        }
        let parallel = (clock.now - parallelStart).seconds
        let summary = LatencySummary(latencies)
        print("rules: \(engine.rules.map(\.identifier).joined(separator: ", "))")
        print("history: \(history) comments in \(historyStore); judged: \(count) comments")
        print(String(format: "latency: median %.3f ms, p99 %.3f ms, max %.3f ms", summary.median, summary.p99, summary.max))
        print(
            String(
                format: "throughput: %.0f evaluations/s one after another, %.0f with %d callers", Double(count) / sequential,
                Double(count) / parallel, concurrency))
        // CPU time does not count the time other processes had the core: the figure to compare on a shared machine.
        print(
            String(
                format: "cpu: %.1f µs per evaluation one after another, %.0f evaluations per CPU-second", sequentialCPU / Double(count) * 1e6,
                Double(count) / sequentialCPU))
    }
}

/// Ordinary reader comments, with a little spam, for benchmarks.
enum TypicalComments {
    static let bodies = [
        "Wat een mooi verhaal, herkenbaar! Bij onze bakker gaat het precies zo.",
        "Ik werk zelf bij een klantenservice en snap beide kanten wel. Soms is de regel de regel.",
        "Heb je het nog bij de bedrijfsleider gemeld? Die willen dit soort dingen vaak echt weten.",
        "Great story, thanks for sharing. The part about the receipt made me laugh.",
        "Mooi geschreven. Een klant die zich gehoord voelt komt terug, zo simpel is het.",
        "Interessant, maar hoe ging het daarna verder met de klacht? Ben benieuwd naar deel twee.",
        "JA, MAAR DAT IS TOCH ECHT NIET NORMAAL!!!",
        "Goedkope zonnebrillen http://spam.example.nl/a http://spam.example.nl/b",
    ]

    static func submission(_ index: Int, slugs: [String], at date: Date) -> Submission {
        Submission(
            body: bodies[index % bodies.count] + " (\(index))",
            author: .init(name: "Lezer \(index % 97)", email: "lezer\(index % 97)@example.nl"),
            column: slugs[index % slugs.count],
            clientAddress: "198.51.100.\(index % 200)",
            receivedAt: date,
            source: .api
        )
    }
}
