import ArgumentParser
import Foundation
import Ingestion
import Logging
import Metrics
import Prometheus
import RuleCatalog
import ServiceLifecycle
import StempelServer
import Storage

/// `stempel serve`: runs the HTTP server until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the moderation server (SQLite and the sample feed by default; PostgreSQL with a postgres:// --database)."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var ingestion: IngestionOptions

    @Option(help: "The address to listen on (default 127.0.0.1).")
    var host: String?

    @Option(help: "The port to listen on (default 8080).")
    var port: Int?

    @Option(help: "A feed of columns to load when the database has none (default Feeds/columns.atom).")
    var sampleFeed: String?

    func run() async throws {
        let logger = common.bootstrapLogging()
        var configuration = try common.configuration()
        if let host { configuration.host = host }
        if let port { configuration.port = port }
        if let sampleFeed { configuration.sampleFeedPath = sampleFeed }

        let metrics = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))
        let engine = try common.engine(for: configuration, logger: logger)
        // The store outlives the service group: the pool stops only after every service that
        // uses it has finished.
        let opener = StoreOpener(configuration: configuration, logger: logger)
        try await opener.withStore { store in
            let database = opener.isPostgres ? try opener.postgresLocation().description : configuration.databasePath
            logger.info("database ready", metadata: ["database": "\(database)"])
            try await SampleFeedLoader(store: store, logger: logger).loadIfEmpty(path: configuration.sampleFeedPath)

            let stempel = StempelApplication(configuration: configuration, store: store, engine: engine, metrics: metrics)
            var services: [any Service] = [stempel.application(logger: logger)] + stempel.backgroundServices(logger: logger)
            if let path = common.configPath {
                services.append(ConfigurationReloader(path: path, registry: BuiltinRules.registry, holder: stempel.engines, logger: logger))
            }
            services.append(try await pollingService(configuration: configuration, store: store, engines: stempel.engines, logger: logger))
            var groupConfiguration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
            // Requests in flight and the background services get this long to finish; then they are cancelled.
            groupConfiguration.maximumGracefulShutdownDuration = .seconds(configuration.shutdownGraceSeconds)
            groupConfiguration.maximumCancellationDuration = .seconds(5)
            let group = ServiceGroup(configuration: groupConfiguration)
            try await group.run()
        }
    }

    /// The poller, after subscribing what the sources file lists.
    private func pollingService(configuration: StempelConfiguration, store: any StempelDatabase, engines: EngineHolder, logger: Logger) async throws
        -> IngestionService
    {
        let settings = ingestion.settings(configuration)
        if let path = settings.sourcesFile, FileManager.default.fileExists(atPath: path) {
            do {
                let added = try await SourceListFile(path: path).subscribe(in: store)
                logger.info("read the sources file", metadata: ["file": "\(path)", "added": "\(added)"])
            } catch let error as SourceInputError {
                throw ConfigurationError(file: error.file ?? path, message: "\(error.field): \(error.message)")
            }
        }
        let poller = IngestionOptions.poller(store: store, engines: engines, settings: settings, logger: logger)
        return IngestionService(store: store, poller: poller, logger: logger)
    }
}
