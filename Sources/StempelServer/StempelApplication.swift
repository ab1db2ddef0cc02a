import Hummingbird
import Logging
import Moderation
import Prometheus
import Storage

/// Builds the HTTP application: every route, on one store and one moderation engine.
///
/// ```swift
/// let app = StempelApplication(configuration: config, store: store, engine: engine).application(logger: logger)
/// try await app.runService()
/// ```
public struct StempelApplication: Sendable {
    /// The configuration the routes read (limits, site, redirects).
    public let configuration: StempelConfiguration
    /// The store behind every route.
    public let store: any StempelStore
    /// The rules that judge new comments; a configuration reload replaces them.
    public let engines: EngineHolder

    /// Where `/metrics` reads from; nil serves no metrics.
    public let metrics: PrometheusCollectorRegistry?

    /// Creates the application's parts.
    public init(
        configuration: StempelConfiguration,
        store: any StempelStore,
        engine: ModerationEngine,
        metrics: PrometheusCollectorRegistry? = nil
    ) {
        self.configuration = configuration
        self.store = store
        self.engines = EngineHolder(engine)
        self.metrics = metrics
    }

    /// The router with every route and the problem-document middleware.
    public func router() -> Router<StempelRequestContext> {
        let router = Router(context: StempelRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        if let metrics {
            router.add(middleware: MetricsMiddleware())
            MetricsRoutes(registry: metrics).register(on: router)
        }
        router.add(middleware: BearerAuthenticator(store: store))
        HealthRoutes(store: store).register(on: router)
        ColumnRoutes(store: store).register(on: router)
        CommentRoutes(
            intake: CommentIntake(engines: engines, store: store),
            limits: configuration.limits,
            redirects: RedirectPolicy(site: configuration.site),
            proxies: configuration.trustedProxies
        ).register(on: router)
        FeedRoutes(store: store, site: configuration.site).register(on: router)
        ModerationRoutes(store: store, engines: engines, limit: configuration.limits.requestMaxBytes).register(on: router)
        if let sources = store as? any SourceStore {
            SourceRoutes(store: sources, limit: configuration.limits.requestMaxBytes).register(on: router)
        }
        return router
    }

    /// The Hummingbird application listening on the configured host and port.
    public func application(logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Stempel"),
            logger: logger
        )
    }
}
