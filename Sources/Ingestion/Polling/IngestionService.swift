import Foundation
import Logging
import ServiceLifecycle
import Storage

/// The poller as a swift-service-lifecycle `Service`: polls every due source, sleeps until the
/// next one is due, and stops at graceful shutdown. It leases what it polls
/// (``SourceStore/leaseDueSources(at:holder:until:limit:)``), so that processes sharing a
/// database do not poll one source at the same time.
///
/// One fetch at a time per host (a site with many sources is not hammered) and at most
/// ``IngestionConfiguration/maxConcurrentFetches`` hosts at once. Sources added while it runs
/// (from the API or the command line) are noticed within ``idleCheck``.
///
/// ```swift
/// let service = IngestionService(store: store, poller: poller, logger: logger)
/// let group = ServiceGroup(configuration: .init(services: [app, service], gracefulShutdownSignals: [.sigterm], logger: logger))
/// ```
public struct IngestionService: Service {
    let store: any SourceStore
    let poller: SourcePoller
    let logger: Logger
    /// The longest sleep, so that new sources are not left waiting for a far-away due date.
    public var idleCheck: Duration = .seconds(15)
    /// Who this poller is in the sources' leases and the poll log; unique per process.
    public var leaseHolder = "poller-\(UUID().uuidString.lowercased())"
    /// How long a poller may hold the sources it took in one cycle before another may take
    /// them: longer than a cycle takes (fetches have their own timeouts), short enough that a
    /// dead instance's sources are not left long.
    public var leaseDuration: TimeInterval = 600
    /// The most sources one cycle takes.
    public var sourcesPerCycle = 200

    /// Creates the service.
    public init(store: any SourceStore, poller: SourcePoller, logger: Logger) {
        self.store = store
        self.poller = poller
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let outcomes = try await pollDue()
                    if !outcomes.isEmpty {
                        logger.info("polled sources", metadata: ["sources": "\(outcomes.count)", "new": "\(outcomes.reduce(0) { $0 + $1.added })"])
                    }
                    try await Task.sleep(for: try await sleepDuration())
                } catch is CancellationError {
                    return
                } catch {
                    // The database may be busy or gone for a moment; try again after a pause.
                    logger.error("polling sources failed", metadata: ["error": "\(error)"])
                    try? await Task.sleep(for: idleCheck)
                }
            }
        }
    }

    /// Polls the sources due now that no other poller holds, after taking their lease, and
    /// returns what each came to.
    public func pollDue(now: Date = Date()) async throws -> [PollOutcome] {
        try await poll(
            store.leaseDueSources(at: now, holder: leaseHolder, until: now.addingTimeInterval(leaseDuration), limit: sourcesPerCycle))
    }

    /// Polls `sources` (due or not): one at a time per host, a bounded number of hosts at once.
    public func poll(_ sources: [Source]) async -> [PollOutcome] {
        var poller = self.poller
        poller.holder = leaseHolder
        let byHost = Dictionary(grouping: sources, by: Self.hostKey).values.map { $0 }
        let limit = max(1, poller.fetcher.configuration.maxConcurrentFetches)
        return await withTaskGroup(of: [PollOutcome].self) { group in
            var outcomes: [PollOutcome] = []
            var running = 0
            for hostSources in byHost {
                if running >= limit, let done = await group.next() {
                    outcomes += done
                    running -= 1
                }
                group.addTask { [poller] in
                    var done: [PollOutcome] = []
                    for source in hostSources where !Task.isCancelled {
                        done.append(await poller.poll(source))
                    }
                    return done
                }
                running += 1
            }
            for await done in group { outcomes += done }
            return outcomes
        }
    }

    private func sleepDuration() async throws -> Duration {
        guard let next = try await store.nextPollDate() else { return idleCheck }
        let seconds = next.timeIntervalSinceNow
        if seconds <= 0 { return .milliseconds(10) }
        return min(.milliseconds(Int64(seconds * 1000)), idleCheck)
    }

    /// Sources on one host share its politeness; local files share one key.
    static func hostKey(_ source: Source) -> String {
        guard let url = URL(string: source.url), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return "local files"
        }
        return url.host?.lowercased() ?? source.url
    }
}
