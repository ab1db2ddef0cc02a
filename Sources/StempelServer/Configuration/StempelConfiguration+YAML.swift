import Foundation
import Moderation
import Yams

extension StempelConfiguration {
    /// Reads a YAML configuration file; keys it does not mention keep their defaults.
    ///
    /// - Throws: ``ConfigurationError`` naming the file and the key (or line) that is wrong.
    public static func load(fromFile path: String) throws -> StempelConfiguration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: path, message: "cannot be read: \(error.localizedDescription)")
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses YAML text; `file` names it in errors.
    public static func parse(yaml: String, file: String = "configuration") throws -> StempelConfiguration {
        do {
            if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return StempelConfiguration() }
            return try YAMLDecoder().decode(ConfigurationFile.self, from: yaml).configuration
        } catch let error as DecodingError {
            throw ConfigurationError(file: file, message: DecodingErrorDescription(error).description)
        } catch let error as YamlError {
            throw ConfigurationError(file: file, message: "is not valid YAML: \(error)")
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: file, message: "\(error)")
        }
    }
}

/// The shape of the YAML file, decoded strictly: an unknown key is an error, not a silent typo.
private struct ConfigurationFile: Decodable {
    var configuration = StempelConfiguration()

    enum Keys: String, CodingKey, CaseIterable {
        case server, database, site, limits, policy, rules, publishing, ingestion
        case rateLimits = "rate_limits"
        case sampleFeed = "sample_feed"
        case ruleTimeout = "rule_timeout_ms"
        case login
        case webhooks
    }

    enum ServerKeys: String, CodingKey, CaseIterable {
        case host, port
        case trustedProxies = "trusted_proxies"
        case shutdownGrace = "shutdown_grace_seconds"
        case idleTimeout = "idle_timeout_seconds"
        case bodyTimeout = "body_timeout_seconds"
        case metricsToken = "metrics_token"
    }

    enum SiteKeys: String, CodingKey, CaseIterable {
        case title, authority
        case baseURL = "base_url"
        case redirectHosts = "redirect_hosts"
    }

    enum RateLimitKeys: String, CodingKey, CaseIterable {
        case enabled, shared, comments, feeds, api, moderation
        case ipv4Prefix = "ipv4_prefix"
        case ipv6Prefix = "ipv6_prefix"
    }

    enum PublishingKeys: String, CodingKey, CaseIterable {
        case language
        case pageSize = "page_size"
        case maxAge = "max_age"
        case archiveMaxAge = "archive_max_age"
        case websubHub = "websub_hub"
    }

    enum LimitKeys: String, CodingKey, CaseIterable {
        case bodyMaxCharacters = "body_max_characters"
        case authorNameMaxCharacters = "author_name_max_characters"
        case emailMaxCharacters = "email_max_characters"
        case urlMaxCharacters = "url_max_characters"
        case requestMaxBytes = "request_max_bytes"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(Keys.self)
        let root = try decoder.container(keyedBy: Keys.self)
        var config = StempelConfiguration()
        if root.contains(.server) {
            try root.superDecoder(forKey: .server).rejectUnknownKeys(ServerKeys.self)
            let server = try root.nestedContainer(keyedBy: ServerKeys.self, forKey: .server)
            config.host = try server.decodeIfPresent(String.self, forKey: .host) ?? config.host
            config.port = try server.decodeIfPresent(Int.self, forKey: .port) ?? config.port
            guard (1...65_535).contains(config.port) else {
                throw DecodingError.dataCorruptedError(forKey: .port, in: server, debugDescription: "must be between 1 and 65535")
            }
            config.shutdownGraceSeconds = try server.decodeIfPresent(Int.self, forKey: .shutdownGrace) ?? config.shutdownGraceSeconds
            guard (1...600).contains(config.shutdownGraceSeconds) else {
                throw DecodingError.dataCorruptedError(forKey: .shutdownGrace, in: server, debugDescription: "must be between 1 and 600 seconds")
            }
            for (key, path) in [(ServerKeys.idleTimeout, \StempelConfiguration.idleTimeoutSeconds), (.bodyTimeout, \.bodyTimeoutSeconds)] {
                guard let value = try server.decodeIfPresent(Int.self, forKey: key) else { continue }
                guard (1...3_600).contains(value) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: server, debugDescription: "must be between 1 and 3600 seconds")
                }
                config[keyPath: path] = value
            }
            if let token = try server.decodeIfPresent(String.self, forKey: .metricsToken) {
                do {
                    config.metricsToken = try MetricsToken(token)
                } catch let error as MetricsToken.Invalid {
                    throw DecodingError.dataCorruptedError(forKey: .metricsToken, in: server, debugDescription: error.description)
                }
            }
            if let proxies = try server.decodeIfPresent([String].self, forKey: .trustedProxies) {
                do {
                    config.trustedProxies = try TrustedProxies(proxies)
                } catch let error as ConfigurationError {
                    throw DecodingError.dataCorruptedError(forKey: .trustedProxies, in: server, debugDescription: error.message)
                }
            }
        }
        if root.contains(.database) {
            config.databasePath = try root.decode(DatabaseSection.self, forKey: .database).location
        }
        if root.contains(.sampleFeed) {
            config.sampleFeedPath = try root.decodeIfPresent(String.self, forKey: .sampleFeed)
        }
        if root.contains(.site) {
            try root.superDecoder(forKey: .site).rejectUnknownKeys(SiteKeys.self)
            let site = try root.nestedContainer(keyedBy: SiteKeys.self, forKey: .site)
            config.site.title = try site.decodeIfPresent(String.self, forKey: .title) ?? config.site.title
            config.site.authority = try site.decodeIfPresent(String.self, forKey: .authority) ?? config.site.authority
            config.site.baseURL = try site.decodeIfPresent(String.self, forKey: .baseURL) ?? config.site.baseURL
            config.site.redirectHosts = try site.decodeIfPresent([String].self, forKey: .redirectHosts) ?? config.site.redirectHosts
            guard let url = URL(string: config.site.baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
            else {
                throw DecodingError.dataCorruptedError(forKey: .baseURL, in: site, debugDescription: "must be an absolute http or https URL")
            }
        }
        if root.contains(.limits) {
            try root.superDecoder(forKey: .limits).rejectUnknownKeys(LimitKeys.self)
            let limits = try root.nestedContainer(keyedBy: LimitKeys.self, forKey: .limits)
            func limit(_ key: LimitKeys, _ current: Int) throws -> Int {
                let value = try limits.decodeIfPresent(Int.self, forKey: key) ?? current
                guard value > 0 else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: limits, debugDescription: "must be a positive number")
                }
                return value
            }
            config.limits.bodyMaxCharacters = try limit(.bodyMaxCharacters, config.limits.bodyMaxCharacters)
            config.limits.authorNameMaxCharacters = try limit(.authorNameMaxCharacters, config.limits.authorNameMaxCharacters)
            config.limits.emailMaxCharacters = try limit(.emailMaxCharacters, config.limits.emailMaxCharacters)
            config.limits.urlMaxCharacters = try limit(.urlMaxCharacters, config.limits.urlMaxCharacters)
            config.limits.requestMaxBytes = try limit(.requestMaxBytes, config.limits.requestMaxBytes)
        }
        if root.contains(.publishing) {
            try root.superDecoder(forKey: .publishing).rejectUnknownKeys(PublishingKeys.self)
            let publishing = try root.nestedContainer(keyedBy: PublishingKeys.self, forKey: .publishing)
            func count(_ key: PublishingKeys, _ current: Int, _ range: ClosedRange<Int>) throws -> Int {
                let value = try publishing.decodeIfPresent(Int.self, forKey: key) ?? current
                guard range.contains(value) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: publishing, debugDescription: "must be between \(range.lowerBound) and \(range.upperBound)")
                }
                return value
            }
            config.publishing.pageSize = try count(.pageSize, config.publishing.pageSize, 1...1_000)
            config.publishing.maxAgeSeconds = try count(.maxAge, config.publishing.maxAgeSeconds, 0...31_536_000)
            config.publishing.archiveMaxAgeSeconds = try count(.archiveMaxAge, config.publishing.archiveMaxAgeSeconds, 0...31_536_000)
            config.publishing.language = try publishing.decodeIfPresent(String.self, forKey: .language) ?? config.publishing.language
            if let hub = try publishing.decodeIfPresent(String.self, forKey: .websubHub) {
                guard let url = URL(string: hub), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .websubHub, in: publishing, debugDescription: "must be an absolute http or https URL")
                }
                config.publishing.websubHub = hub
            }
        }
        if root.contains(.rateLimits) {
            try root.superDecoder(forKey: .rateLimits).rejectUnknownKeys(RateLimitKeys.self)
            let limits = try root.nestedContainer(keyedBy: RateLimitKeys.self, forKey: .rateLimits)
            config.rateLimits.enabled = try limits.decodeIfPresent(Bool.self, forKey: .enabled) ?? config.rateLimits.enabled
            config.rateLimits.shared = try limits.decodeIfPresent(Bool.self, forKey: .shared) ?? config.rateLimits.shared
            for (key, length, maximum) in [
                (RateLimitKeys.ipv4Prefix, \RateLimitConfiguration.ipv4PrefixLength, 32), (.ipv6Prefix, \.ipv6PrefixLength, 128),
            ] {
                guard let value = try limits.decodeIfPresent(Int.self, forKey: key) else { continue }
                guard (0...maximum).contains(value) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: limits, debugDescription: "must be between 0 and \(maximum)")
                }
                config.rateLimits[keyPath: length] = value
            }
            let classes: [(RateLimitKeys, RateLimitConfiguration.RouteClass)] = [
                (.comments, .comments), (.feeds, .feeds), (.api, .api), (.moderation, .moderation),
            ]
            for (key, routeClass) in classes {
                guard let text = try limits.decodeIfPresent(String.self, forKey: key) else { continue }
                guard let limit = RateLimitConfiguration.Limit(text) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: limits, debugDescription: "must be a count per period, such as 30/min (periods: s, min, h, d), not '\(text)'"
                    )
                }
                config.rateLimits.limits[routeClass] = limit
            }
        }
        config.moderation.policy = try root.decodeIfPresent(ModerationPolicy.self, forKey: .policy) ?? config.moderation.policy
        config.moderation.rules = try root.decodeIfPresent([String: RuleSettings].self, forKey: .rules) ?? config.moderation.rules
        if let timeout = try root.decodeIfPresent(Int.self, forKey: .ruleTimeout) {
            guard (1...60_000).contains(timeout) else {
                throw DecodingError.dataCorruptedError(forKey: .ruleTimeout, in: root, debugDescription: "must be between 1 and 60000")
            }
            config.moderation.ruleTimeoutMilliseconds = timeout
        }
        if root.contains(.login) {
            config.login = try root.decode(LoginConfiguration.self, forKey: .login)
        }
        if root.contains(.ingestion) {
            config.ingestion = try root.decode(IngestionSection.self, forKey: .ingestion).apply(to: config.ingestion)
        }
        if root.contains(.webhooks) {
            config.webhooks = try root.decode(WebhookSection.self, forKey: .webhooks).apply(to: config.webhooks)
        }
        configuration = config
    }
}
