import Foundation
import Ingestion
import ServiceLifecycle
import Storage
import Testing

@Suite struct IngestionServiceTests {
    @Test(.timeLimit(.minutes(1))) func theServicePollsWhatIsDueAndStopsAtGracefulShutdown() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-service-\(UUID().uuidString).atom")
        try Data(TestFeeds.columns([("urn:s:1", "Een", "Tekst.")]).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let store = try SQLiteStore.inMemory()
        let source = try await store.addSource(SourceDraft(url: file.absoluteString, name: "lokaal", trust: .trusted))
        let poller = SourcePoller(
            store: store, fetcher: FeedFetcher(configuration: IngestionConfiguration(), readsLocalFiles: true), judge: SourcePollerTests.judge,
            logger: quietLogger)
        let group = ServiceGroup(
            configuration: .init(services: [IngestionService(store: store, poller: poller, logger: quietLogger)], logger: quietLogger))
        let running = Task { try await group.run() }
        for _ in 0..<200 where try await store.source(id: source.id)?.state.lastFetchAt == nil {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(try await store.columnCount() == 1)
        #expect(try await store.source(id: source.id)?.state.nextPollAt.map { $0 > Date() } == true)

        let asked = ContinuousClock.now
        await group.triggerGracefulShutdown()
        try await running.value
        // It was asleep until the next due source (up to 15 s): shutdown must not wait for that.
        #expect(ContinuousClock.now - asked < .seconds(12))
    }
}
