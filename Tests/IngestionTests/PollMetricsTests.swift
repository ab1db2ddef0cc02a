import Foundation
import Ingestion
import MetricsTestKit
import Storage
import Testing

/// Every poll is counted per source and result, and the entries it brought per source.
@Suite struct PollMetricsTests {
    @Test func pollsAreCountedPerSourceAndResult() async throws {
        let site = try SourcePollerTests.Site()
        defer { site.server.stop() }
        let store = try SQLiteStore.inMemory()
        let metrics = TestMetrics()
        let poller = SourcePoller(
            store: store, fetcher: FeedFetcher(configuration: FeedFetcherTests.settings(timeout: 2)), judge: SourcePollerTests.judge,
            logger: quietLogger, metricsFactory: metrics)
        site.serve("/feed", .feed(TestFeeds.columns([("urn:c:1", "De bakker", "Hij kende mijn naam.")]), headers: [("ETag", "\"1\"")]))
        let good = try await store.addSource(SourceDraft(url: site.server.url("/feed"), name: "Vakblad", trust: .trusted))
        let missing = try await store.addSource(SourceDraft(url: site.server.url("/gone"), name: "Weg", trust: .trusted))

        await poller.poll(good)
        await poller.poll(try #require(try await store.source(id: good.id)))
        await poller.poll(missing)

        let id = String(good.id)
        #expect(try metrics.expectCounter("stempel_poll_results_total", [("source", id), ("result", "fetched")]).totalValue == 1)
        #expect(try metrics.expectCounter("stempel_poll_results_total", [("source", id), ("result", "notModified")]).totalValue == 1)
        #expect(try metrics.expectCounter("stempel_poll_entries_total", [("source", id), ("change", "added")]).totalValue == 1)
        #expect(try metrics.expectCounter("stempel_poll_results_total", [("source", String(missing.id)), ("result", "failed")]).totalValue == 1)
        #expect(throws: (any Error).self) { try metrics.expectCounter("stempel_poll_results_total", [("source", id), ("result", "failed")]) }
    }
}
