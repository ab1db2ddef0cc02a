import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import ServiceLifecycle

/// Tells a WebSub hub (W3C WebSub, section 7) which feeds changed, so that subscribers hear of a
/// decision within seconds instead of at their next poll.
///
/// It watches the store's ``Storage/PublishedChanges`` rather than being called by the code that
/// decides: a slow or failing hub can never delay a decision. After a change it renders each feed
/// that is read (the main feeds and whatever is in the ``FeedCache``) and pings the hub for those
/// whose bytes changed, retrying each ping with exponential backoff and jitter.
public struct WebSubNotifier: Service {
    /// Timing of the watch and of the retries.
    public struct Timing: Sendable {
        /// How often the change counter is looked at; changes in between are announced together.
        public var interval: Duration
        /// The wait before the first retry; each retry doubles it.
        public var firstRetry: Duration
        /// How many times a ping is tried in all.
        public var attempts: Int

        /// Creates a timing.
        public init(interval: Duration = .seconds(1), firstRetry: Duration = .seconds(2), attempts: Int = 6) {
            self.interval = interval
            self.firstRetry = firstRetry
            self.attempts = max(1, attempts)
        }
    }

    private let cache: FeedCache
    private let hub: String
    private let timing: Timing
    private let client: HTTPClient
    private let logger: Logger

    /// Creates a notifier for `hub`, announcing the feeds of `cache`.
    public init(cache: FeedCache, hub: String, timing: Timing = .init(), client: HTTPClient = .shared, logger: Logger) {
        self.cache = cache
        self.hub = hub
        self.timing = timing
        self.client = client
        self.logger = logger
    }

    /// The feeds announced even before anyone read them: the columns and comments feeds.
    static let mainFeeds: [FeedKey] = FeedFormat.allCases.flatMap { format in
        [FeedKey(subject: .columns(archivePage: nil), format: format), FeedKey(subject: .recentComments, format: format)]
    }

    /// Watches for changes until shutdown; pings in flight at shutdown are abandoned (subscribers
    /// still poll).
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await watch()
        }
    }

    private func watch() async {
        let changes = cache.builder.store.publishedChanges
        var seenVersion = changes.version
        var announced = await entityTags(of: Self.mainFeeds)
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                try? await Task.sleep(for: timing.interval)
                let version = changes.version
                guard version != seenVersion, !Task.isCancelled else { continue }
                seenVersion = version
                let current = await entityTags(of: Array(Set(Self.mainFeeds + cache.cachedFeeds)))
                for (key, tag) in current where announced[key] != nil && announced[key] != tag {
                    let topic = cache.builder.site.url(key.path)
                    group.addTask { await ping(topic) }
                }
                announced.merge(current) { _, new in new }
            }
        }
    }

    private func entityTags(of keys: [FeedKey]) async -> [FeedKey: String] {
        var tags: [FeedKey: String] = [:]
        for key in keys {
            do {
                if let feed = try await cache.document(for: .feed(key)) {
                    tags[key] = feed.entityTag
                }
            } catch {
                logger.warning("websub: could not render \(key.path): \(error)")
            }
        }
        return tags
    }

    /// One publish notification, retried on failure; errors are logged, never thrown.
    func ping(_ topic: String) async {
        var wait = timing.firstRetry
        for attempt in 1...timing.attempts {
            do {
                let status = try await send(topic)
                if (200..<300).contains(status) {
                    logger.debug("websub: hub accepted \(topic)")
                    return
                }
                logger.warning("websub: hub answered \(status) for \(topic) (attempt \(attempt))")
            } catch {
                logger.warning("websub: ping for \(topic) failed (attempt \(attempt)): \(error)")
            }
            guard attempt < timing.attempts else { break }
            // Jitter spreads the retries of many instances and feeds over time.
            let jitter = Double.random(in: 0.8...1.2)
            do { try await Task.sleep(for: wait * jitter) } catch { return }
            wait *= 2
        }
        logger.error("websub: gave up announcing \(topic) to \(hub) after \(timing.attempts) attempts")
    }

    private func send(_ topic: String) async throws -> UInt {
        var request = HTTPClientRequest(url: hub)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "User-Agent", value: "Stempel (WebSub publisher)")
        request.body = .bytes(ByteBuffer(string: "hub.mode=publish&hub.url=\(Self.formEncode(topic))"))
        let response = try await client.execute(request, timeout: .seconds(10))
        return response.status.code
    }

    private static let formCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func formEncode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: formCharacters) ?? value
    }
}
