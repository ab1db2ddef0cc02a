import Hummingbird
import Logging
import Moderation
import Prometheus
import Publishing
import ServiceLifecycle
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
    /// The rendered feeds, shared by the routes and the WebSub notifier.
    public let feeds: FeedCache
    /// Failed sign-ins per account and address, shared by the UI's sign-in form and the API's tokens.
    public let loginThrottle: LoginThrottle
    /// How the UI hashes the passwords of accounts it adds (bcrypt cost 12 unless tests lower it).
    public var credentials = Credentials()

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
        let site = FeedSite(
            title: configuration.site.title,
            authority: configuration.site.authority,
            baseURL: configuration.site.baseURL,
            language: configuration.publishing.language,
            pageSize: configuration.publishing.pageSize,
            hub: configuration.publishing.websubHub
        )
        self.feeds = FeedCache(builder: FeedBuilder(store: store, site: site))
        self.loginThrottle = LoginThrottle(configuration: configuration.login, store: Self.sharedCounts(store, configuration.rateLimits))
    }

    /// Where the rate limits and the sign-in throttle count: the store when several instances
    /// share it (or the configuration says so), else nil (memory).
    static func sharedCounts(_ store: any StempelStore, _ configuration: RateLimitConfiguration) -> (any RateLimitStore)? {
        guard let counts = store as? any RateLimitStore, configuration.shared ?? counts.isShared else { return nil }
        return counts
    }

    /// The router with every route and the problem-document middleware.
    public func router() -> Router<StempelRequestContext> {
        let router = Router(context: StempelRequestContext.self)
        if let metrics { router.add(middleware: RequestMetricsMiddleware(registry: metrics)) }
        router.add(middleware: TransportSecurityMiddleware(isHTTPS: configuration.site.baseURL.lowercased().hasPrefix("https:")))
        router.add(middleware: ProblemMiddleware())
        router.add(
            middleware: RateLimitMiddleware(
                configuration: configuration.rateLimits, proxies: configuration.trustedProxies,
                store: Self.sharedCounts(store, configuration.rateLimits)))
        if let metrics {
            router.add(middleware: MetricsMiddleware())
            MetricsRoutes(registry: metrics, store: store, token: configuration.metricsToken).register(on: router)
        }
        router.add(middleware: BearerAuthenticator(store: store, throttle: loginThrottle, proxies: configuration.trustedProxies))
        HealthRoutes(store: store).register(on: router)
        ColumnRoutes(store: store).register(on: router)
        CommentRoutes(
            intake: CommentIntake(engines: engines, store: store),
            limits: configuration.limits,
            bodyDeadline: .seconds(configuration.bodyTimeoutSeconds),
            redirects: RedirectPolicy(site: configuration.site),
            proxies: configuration.trustedProxies
        ).register(on: router)
        FeedRoutes(
            cache: feeds,
            responder: FeedResponder(
                maxAge: configuration.publishing.maxAgeSeconds,
                archiveMaxAge: configuration.publishing.archiveMaxAgeSeconds,
                hub: configuration.publishing.websubHub
            )
        ).register(on: router)
        ModerationRoutes(store: store, engines: engines, limit: configuration.limits.requestMaxBytes).register(on: router)
        EditRoutes(store: store, limits: configuration.limits).register(on: router)
        AuthorRoutes(store: store, limit: configuration.limits.requestMaxBytes).register(on: router)
        if let outbox = store as? any WebhookOutbox {
            WebhookRoutes(outbox: outbox).register(on: router)
        }
        ModerationWebUI(store: store, engines: engines, configuration: configuration, throttle: loginThrottle, credentials: credentials)
            .register(on: router)
        if let sources = store as? any SourceStore {
            SourceRoutes(store: sources, limit: configuration.limits.requestMaxBytes).register(on: router)
        }
        router.add(middleware: MethodNotAllowedMiddleware(routes: router.routes.map { ($0.path, $0.method) }))
        return router
    }

    /// The background services besides the HTTP server: the WebSub notifier when a hub is
    /// configured, the webhook notifier when a webhook is.
    public func backgroundServices(logger: Logger) -> [any Service] {
        var services: [any Service] = []
        if let hub = configuration.publishing.websubHub {
            services.append(WebSubNotifier(cache: feeds, hub: hub, logger: logger))
        }
        if let outbox = store as? any WebhookOutbox,
            let webhooks = WebhookNotifier(outbox: outbox, configuration: configuration.webhooks, baseURL: configuration.site.baseURL, logger: logger)
        {
            services.append(webhooks)
        }
        return services
    }

    /// The Hummingbird application listening on the configured host and port.
    public func application(logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(),
            // A connection that sends no complete request head in this time (slowloris) is closed.
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Stempel"),
            logger: logger
        )
    }
}
