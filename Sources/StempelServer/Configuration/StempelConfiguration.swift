import Foundation
import Ingestion
import Moderation

/// Everything a Stempel installation can be configured with; every field has a default.
///
/// Read from a YAML file with ``load(fromFile:)``; command-line flags override it. See
/// `docs/configuration.md` for every key.
public struct StempelConfiguration: Sendable, Hashable {
    /// The address the HTTP server binds to. Default `127.0.0.1`.
    public var host: String = "127.0.0.1"
    /// The TCP port. Default 8080.
    public var port: Int = 8080
    /// How long a SIGTERM waits for requests in flight and background work before cancelling
    /// them, in seconds. Default 10.
    public var shutdownGraceSeconds: Int = 10
    /// How long a connection may stay silent (no request, or a request head not yet complete)
    /// before it is closed, in seconds. Default 30.
    public var idleTimeoutSeconds: Int = 30
    /// How long a request body may take to arrive, in seconds; slower answers 408. Default 10.
    public var bodyTimeoutSeconds: Int = 10
    /// Reverse proxies whose `X-Forwarded-For` names the client. Default none.
    public var trustedProxies = TrustedProxies()
    /// When set, `GET /metrics` answers only requests with `Authorization: Bearer <token>`
    /// (Prometheus's `authorization` setting sends it). Default none: metrics are open, as
    /// Prometheus usually expects; see docs/security.md.
    public var metricsToken: MetricsToken?
    /// The SQLite database file, created on first start, or a `postgres://` URL (PostgreSQL).
    /// Default `./stempel.sqlite`.
    public var databasePath: String = "./stempel.sqlite"
    /// A feed of columns loaded when the database has none. Default `Feeds/columns.atom`.
    public var sampleFeedPath: String? = "Feeds/columns.atom"
    /// What the published feeds say about the site.
    public var site = SiteConfiguration()
    /// Size limits on submitted comments.
    public var limits = CommentLimits()
    /// Paging, caching and WebSub of the published feeds.
    public var publishing = PublishingConfiguration()
    /// Requests allowed per client network and kind of route.
    public var rateLimits = RateLimitConfiguration()
    /// The policy and the rules' settings.
    public var moderation = ModerationConfiguration()
    /// The sign-in throttle and session lifetime of the moderation UI.
    public var login = LoginConfiguration()
    /// How sources are polled (the `ingestion` section).
    public var ingestion = IngestionConfiguration()
    /// The webhook announcing held submissions (the `webhooks` section). Default none.
    public var webhooks = WebhookConfiguration()

    /// The defaults.
    public init() {}
}

/// How the site presents itself in published feeds and which redirects it allows.
public struct SiteConfiguration: Sendable, Hashable {
    /// The feed title. Default `Stempel: ervaringscolumns`.
    public var title = "Stempel: ervaringscolumns"
    /// The authority in `tag:` ids (a domain the site owns). Default `stempel.localhost`.
    /// Never change it once feeds are published: every id depends on it.
    public var authority = "stempel.localhost"
    /// The public base URL of this server, for absolute links. Default `http://127.0.0.1:8080`.
    public var baseURL = "http://127.0.0.1:8080"
    /// Hosts besides the base URL's that a form's `redirect` may point to (the site embedding
    /// the comment form). Default none.
    public var redirectHosts: [String] = []

    /// The defaults.
    public init() {}
}

/// Limits on what a comment may contain, in characters (Unicode grapheme clusters).
public struct CommentLimits: Sendable, Hashable {
    /// The longest body accepted. Default 5,000.
    public var bodyMaxCharacters = 5_000
    /// The longest author name accepted. Default 100.
    public var authorNameMaxCharacters = 100
    /// The longest email address accepted. Default 254 (RFC 5321).
    public var emailMaxCharacters = 254
    /// The longest author URL accepted. Default 2,048.
    public var urlMaxCharacters = 2_048
    /// The largest request body read, in bytes; more answers 413. Default 65,536.
    public var requestMaxBytes = 65_536

    /// The defaults.
    public init() {}
}
