import Moderation

/// The `webhooks` section of the configuration file; every key is optional.
struct WebhookSection: Decodable {
    enum Keys: String, CodingKey, CaseIterable {
        case url, secret
        case maxAttempts = "max_attempts"
        case timeout = "timeout_seconds"
        case firstRetry = "first_retry_seconds"
        case maximumRetry = "maximum_retry_seconds"
    }

    private let container: KeyedDecodingContainer<Keys>

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(Keys.self)
        container = try decoder.container(keyedBy: Keys.self)
    }

    /// `configuration` with the keys this section sets; numbers must be positive, the URL absolute.
    /// Whether a secret goes with the URL is checked after the environment (`applyWebhooks`).
    func apply(to configuration: WebhookConfiguration) throws -> WebhookConfiguration {
        var result = configuration
        func positive(_ key: Keys, _ current: Int) throws -> Int {
            guard let value = try container.decodeIfPresent(Int.self, forKey: key) else { return current }
            guard value > 0 else { throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "must be a positive number") }
            return value
        }
        if container.contains(.url) { result.url = try container.decodeIfPresent(String.self, forKey: .url) }
        if container.contains(.secret) { result.secret = try container.decodeIfPresent(String.self, forKey: .secret) }
        result.maxAttempts = try positive(.maxAttempts, result.maxAttempts)
        result.timeoutSeconds = try positive(.timeout, result.timeoutSeconds)
        result.firstRetrySeconds = try positive(.firstRetry, result.firstRetrySeconds)
        result.maximumRetrySeconds = try positive(.maximumRetry, result.maximumRetrySeconds)
        if let problem = result.urlProblem {
            throw DecodingError.dataCorruptedError(forKey: .url, in: container, debugDescription: problem)
        }
        return result
    }
}
