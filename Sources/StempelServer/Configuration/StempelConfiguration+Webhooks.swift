extension StempelConfiguration {
    /// `STEMPEL_WEBHOOK_URL` (empty: none) and `STEMPEL_WEBHOOK_SECRET`; a secret belongs in the
    /// environment rather than in a configuration file that may be shared.
    mutating func applyWebhooks(environment: [String: String]) throws {
        if let url = environment["STEMPEL_WEBHOOK_URL"] { webhooks.url = url.isEmpty ? nil : url }
        if let secret = environment["STEMPEL_WEBHOOK_SECRET"] { webhooks.secret = secret.isEmpty ? nil : secret }
        if let problem = webhooks.problem {
            throw ConfigurationError(file: "environment", message: "STEMPEL_WEBHOOK_URL/STEMPEL_WEBHOOK_SECRET: " + problem)
        }
    }
}
