/// How the poller fetches: politeness, limits and the SSRF guard's one switch.
///
/// Every field has a default; the `ingestion` section of the configuration file, environment
/// variables and command-line flags override them (see `docs/configuration.md`).
public struct IngestionConfiguration: Sendable, Hashable {
    /// Whether feeds on loopback, private, link-local and CGNAT addresses may be fetched. Default
    /// false: a source must not be a way into the network Stempel runs in. Intranets and tests
    /// turn it on.
    public var allowPrivateNetworks = false
    /// The `User-Agent` sent with every request; names Stempel and where to read about it.
    public var userAgent = IngestionConfiguration.userAgent(siteURL: "http://127.0.0.1:8080")
    /// How many fetches run at once, over all hosts. Default 4.
    public var maxConcurrentFetches = 4
    /// Seconds to wait for a connection. Default 10.
    public var connectTimeoutSeconds = 10.0
    /// Seconds for a whole response, from the request to its last byte (slow servers end here). Default 30.
    public var responseTimeoutSeconds = 30.0
    /// The largest response body read, in bytes (after decompression). Default 10 MiB, the parser's limit.
    public var maxResponseBytes = 10 * 1024 * 1024
    /// The most redirects followed for one fetch. Default 5.
    public var maxRedirects = 5
    /// The interval when neither the source nor the feed names one, in seconds. Default 3600.
    public var defaultIntervalSeconds = 3_600
    /// The shortest interval, whatever the source or feed says, in seconds. Default 300.
    public var minimumIntervalSeconds = 300
    /// The longest interval, whatever the feed says, in seconds. Default 86,400.
    public var maximumIntervalSeconds = 86_400
    /// The first backoff after a failure, in seconds; it doubles with each failure in a row. Default 60.
    public var backoffBaseSeconds = 60
    /// The longest backoff, in seconds. Default 86,400.
    public var backoffMaximumSeconds = 86_400
    /// A list of sources read at start, if the file exists. Default `Feeds/sources.yaml`.
    public var sourcesFile: String? = "Feeds/sources.yaml"

    /// The defaults.
    public init() {}
}

extension IngestionConfiguration {
    /// The `User-Agent` for a site: Stempel, its version, and the site's URL so a feed's owner
    /// knows whom to ask about the requests.
    public static func userAgent(siteURL: String) -> String {
        "Stempel/1.0 (comment moderation; +\(siteURL))"
    }
}
