import Foundation
import Hummingbird
import Logging
import NIOCore
import Publishing
import ServiceLifecycle
import Storage
import Synchronization
import Testing

/// The notifier against a real hub on 127.0.0.1 that fails first, then accepts.
@Suite struct WebSubNotifierTests {
    /// What the hub received, and how it answers.
    final class Hub: Sendable {
        let pings = Mutex<[String]>([])
        let failuresLeft = Mutex(1)
        let port = Mutex<Int?>(nil)

        func application() -> some ApplicationProtocol {
            let router = Router()
            router.post("/hub") { request, _ -> HTTPResponse.Status in
                let body = try await String(buffer: request.body.collect(upTo: 10_000))
                self.pings.withLock { $0.append(body) }
                return self.failuresLeft.withLock { left in
                    guard left > 0 else { return .noContent }
                    left -= 1
                    return .serviceUnavailable
                }
            }
            return Application(
                router: router,
                configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                onServerRunning: { channel in self.port.withLock { $0 = channel.localAddress?.port } },
                logger: Logger(label: "hub")
            )
        }
    }

    @Test func aChangeIsAnnouncedForEachChangedFeedAndRetriedUntilTheHubAccepts() async throws {
        let hub = Hub()
        let store = try await PublishingFixtures.store()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await hub.application().runService() }
            let port = try await Self.waitFor { hub.port.withLock { $0 } }
            let cache = FeedCache(builder: FeedBuilder(store: store, site: PublishingFixtures.site))
            let notifier = WebSubNotifier(
                cache: cache, hub: "http://127.0.0.1:\(port)/hub",
                timing: .init(interval: .milliseconds(20), firstRetry: .milliseconds(50), attempts: 4), logger: Logger(label: "websub"))
            group.addTask { try await notifier.run() }
            // Let the notifier take its first look at the main feeds (it renders them into the cache), then change them.
            _ = try await Self.waitFor { cache.cachedFeeds.count == 6 ? true : nil }
            try await Task.sleep(for: .milliseconds(50))
            try await store.insertComment(PublishingFixtures.comment(on: "de-kassabon", at: PublishingFixtures.day))

            let pings = try await Self.waitFor { hub.pings.withLock { $0.count >= 7 ? $0 : nil } }
            // One failure answered 503, retried; every main feed (3 formats × columns and comments) announced.
            #expect(Set(pings).count == 6, "\(pings)")
            #expect(pings.contains("hub.mode=publish&hub.url=https%3A%2F%2Fstempel.test%2Ffeeds%2Fcolumns.atom"))
            #expect(pings.allSatisfy { $0.hasPrefix("hub.mode=publish&hub.url=https%3A%2F%2Fstempel.test%2Ffeeds%2F") })
            try await Task.sleep(for: .milliseconds(300))
            #expect(hub.pings.withLock { $0.count } == 7, "a ping the hub accepted is not repeated")
            group.cancelAll()
        }
    }

    /// Polls `value` until it is not nil, for at most ten seconds.
    static func waitFor<Value>(_ value: () -> Value?) async throws -> Value {
        for _ in 0..<500 {
            if let found = value() { return found }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw CancellationError()
    }
}
