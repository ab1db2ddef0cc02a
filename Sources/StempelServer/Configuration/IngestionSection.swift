import Ingestion
import Moderation

/// The `ingestion` section of the configuration file; every key is optional.
struct IngestionSection: Decodable {
    enum Keys: String, CodingKey, CaseIterable {
        case allowPrivateNetworks = "allow_private_networks"
        case sourcesFile = "sources_file"
        case userAgent = "user_agent"
        case maxConcurrentFetches = "max_concurrent_fetches"
        case connectTimeout = "connect_timeout_seconds"
        case responseTimeout = "response_timeout_seconds"
        case maxResponseBytes = "max_response_bytes"
        case maxRedirects = "max_redirects"
        case defaultInterval = "default_interval_seconds"
        case minimumInterval = "minimum_interval_seconds"
        case maximumInterval = "maximum_interval_seconds"
        case backoffBase = "backoff_base_seconds"
        case backoffMaximum = "backoff_maximum_seconds"
    }

    private let container: KeyedDecodingContainer<Keys>

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(Keys.self)
        container = try decoder.container(keyedBy: Keys.self)
    }

    /// `configuration` with the keys this section sets; numbers must be positive.
    func apply(to configuration: IngestionConfiguration) throws -> IngestionConfiguration {
        var result = configuration
        func positive<T: Decodable & Comparable & Numeric>(_ key: Keys, _ current: T) throws -> T {
            guard let value = try container.decodeIfPresent(T.self, forKey: key) else { return current }
            guard value > 0 else { throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "must be a positive number") }
            return value
        }
        result.allowPrivateNetworks = try container.decodeIfPresent(Bool.self, forKey: .allowPrivateNetworks) ?? result.allowPrivateNetworks
        if container.contains(.sourcesFile) { result.sourcesFile = try container.decodeIfPresent(String.self, forKey: .sourcesFile) }
        result.userAgent = try container.decodeIfPresent(String.self, forKey: .userAgent) ?? result.userAgent
        result.maxConcurrentFetches = try positive(.maxConcurrentFetches, result.maxConcurrentFetches)
        result.connectTimeoutSeconds = try positive(.connectTimeout, result.connectTimeoutSeconds)
        result.responseTimeoutSeconds = try positive(.responseTimeout, result.responseTimeoutSeconds)
        result.maxResponseBytes = try positive(.maxResponseBytes, result.maxResponseBytes)
        result.maxRedirects = try container.decodeIfPresent(Int.self, forKey: .maxRedirects) ?? result.maxRedirects
        result.defaultIntervalSeconds = try positive(.defaultInterval, result.defaultIntervalSeconds)
        result.minimumIntervalSeconds = try positive(.minimumInterval, result.minimumIntervalSeconds)
        result.maximumIntervalSeconds = try positive(.maximumInterval, result.maximumIntervalSeconds)
        result.backoffBaseSeconds = try positive(.backoffBase, result.backoffBaseSeconds)
        result.backoffMaximumSeconds = try positive(.backoffMaximum, result.backoffMaximumSeconds)
        guard (0...20).contains(result.maxRedirects) else {
            throw DecodingError.dataCorruptedError(forKey: .maxRedirects, in: container, debugDescription: "must be between 0 and 20")
        }
        guard result.minimumIntervalSeconds <= result.maximumIntervalSeconds else {
            throw DecodingError.dataCorruptedError(
                forKey: .minimumInterval, in: container, debugDescription: "must not be longer than maximum_interval_seconds")
        }
        return result
    }
}
