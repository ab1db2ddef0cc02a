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
        case server, database, site, limits, policy, rules, ingestion
        case sampleFeed = "sample_feed"
        case ruleTimeout = "rule_timeout_ms"
    }

    enum ServerKeys: String, CodingKey, CaseIterable {
        case host, port
        case trustedProxies = "trusted_proxies"
    }

    enum SiteKeys: String, CodingKey, CaseIterable {
        case title, authority
        case baseURL = "base_url"
        case redirectHosts = "redirect_hosts"
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
            if let proxies = try server.decodeIfPresent([String].self, forKey: .trustedProxies) {
                do {
                    config.trustedProxies = try TrustedProxies(proxies)
                } catch let error as ConfigurationError {
                    throw DecodingError.dataCorruptedError(forKey: .trustedProxies, in: server, debugDescription: error.message)
                }
            }
        }
        config.databasePath = try root.decodeIfPresent(String.self, forKey: .database) ?? config.databasePath
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
        config.moderation.policy = try root.decodeIfPresent(ModerationPolicy.self, forKey: .policy) ?? config.moderation.policy
        config.moderation.rules = try root.decodeIfPresent([String: RuleSettings].self, forKey: .rules) ?? config.moderation.rules
        if let timeout = try root.decodeIfPresent(Int.self, forKey: .ruleTimeout) {
            guard (1...60_000).contains(timeout) else {
                throw DecodingError.dataCorruptedError(forKey: .ruleTimeout, in: root, debugDescription: "must be between 1 and 60000")
            }
            config.moderation.ruleTimeoutMilliseconds = timeout
        }
        if root.contains(.ingestion) {
            config.ingestion = try root.decode(IngestionSection.self, forKey: .ingestion).apply(to: config.ingestion)
        }
        configuration = config
    }
}
