import ArgumentParser
import Ingestion
import Logging
import Moderation
import StempelServer
import Storage

/// The flag every command that fetches takes, and how those commands build a poller.
struct IngestionOptions: ParsableArguments {
    @Flag(help: "Allow fetching from loopback, private, link-local and CGNAT addresses (intranets, tests).")
    var allowPrivateNetworks = false

    /// The configuration's ingestion settings with this flag applied.
    func settings(_ configuration: StempelConfiguration) -> IngestionConfiguration {
        var settings = configuration.pollingConfiguration
        if allowPrivateNetworks { settings.allowPrivateNetworks = true }
        return settings
    }

    /// A poller on `store` that judges with `engines`' current rules.
    static func poller(store: any StempelDatabase, engines: EngineHolder, settings: IngestionConfiguration, logger: Logger) -> SourcePoller {
        SourcePoller(
            store: store,
            fetcher: FeedFetcher(configuration: settings, readsLocalFiles: true),
            judge: { submission in await engines.current.judge(submission, history: store, now: submission.receivedAt) },
            logger: logger
        )
    }
}
