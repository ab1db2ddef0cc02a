import Foundation

extension StempelConfiguration {
    /// The environment variables that override the configuration file (command-line options
    /// override them in turn).
    public static let environmentKeys = [
        "STEMPEL_HOST", "STEMPEL_PORT", "STEMPEL_DATABASE", "STEMPEL_SAMPLE_FEED", "STEMPEL_SITE_TITLE", "STEMPEL_SITE_AUTHORITY",
        "STEMPEL_SITE_BASE_URL", "STEMPEL_POLICY_HOLD_AT", "STEMPEL_POLICY_REJECT_AT", "STEMPEL_RULE_TIMEOUT_MS", "STEMPEL_TRUSTED_PROXIES",
        "STEMPEL_WEBSUB_HUB", "STEMPEL_RATE_LIMITS", "STEMPEL_ALLOW_PRIVATE_NETWORKS", "STEMPEL_SOURCES_FILE",
        "STEMPEL_WEBHOOK_URL", "STEMPEL_WEBHOOK_SECRET", "STEMPEL_METRICS_TOKEN",
    ]

    /// This configuration with the `STEMPEL_*` variables in `environment` applied.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable when its value does not fit.
    public func applying(environment: [String: String]) throws -> StempelConfiguration {
        var configuration = self
        func number(_ key: String) throws -> Double? {
            guard let text = environment[key] else { return nil }
            guard let value = Double(text), value.isFinite else {
                throw ConfigurationError(file: "environment", message: "\(key): expected a number, not '\(text)'")
            }
            return value
        }
        if let host = environment["STEMPEL_HOST"] { configuration.host = host }
        if let token = environment["STEMPEL_METRICS_TOKEN"] {
            do {
                configuration.metricsToken = token.isEmpty ? nil : try MetricsToken(token)
            } catch let error as MetricsToken.Invalid {
                throw ConfigurationError(file: "environment", message: "STEMPEL_METRICS_TOKEN: \(error.description)")
            }
        }
        if let text = environment["STEMPEL_PORT"] {
            guard let port = Int(text), (1...65_535).contains(port) else {
                throw ConfigurationError(file: "environment", message: "STEMPEL_PORT: expected a port between 1 and 65535, not '\(text)'")
            }
            configuration.port = port
        }
        if let text = environment["STEMPEL_TRUSTED_PROXIES"] {
            do {
                configuration.trustedProxies = try TrustedProxies(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            } catch let error as ConfigurationError {
                throw ConfigurationError(file: "environment", message: "STEMPEL_TRUSTED_PROXIES: " + error.message)
            }
        }
        if let path = environment["STEMPEL_DATABASE"] { configuration.databasePath = path }
        if let path = environment["STEMPEL_SAMPLE_FEED"] { configuration.sampleFeedPath = path.isEmpty ? nil : path }
        if let title = environment["STEMPEL_SITE_TITLE"] { configuration.site.title = title }
        if let authority = environment["STEMPEL_SITE_AUTHORITY"] { configuration.site.authority = authority }
        if let url = environment["STEMPEL_SITE_BASE_URL"] {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                throw ConfigurationError(file: "environment", message: "STEMPEL_SITE_BASE_URL: must be an absolute http or https URL")
            }
            configuration.site.baseURL = url
        }
        if let text = environment["STEMPEL_RATE_LIMITS"] {
            guard ["on", "off"].contains(text) else {
                throw ConfigurationError(file: "environment", message: "STEMPEL_RATE_LIMITS: expected on or off, not '\(text)'")
            }
            configuration.rateLimits.enabled = text == "on"
        }
        if let hub = environment["STEMPEL_WEBSUB_HUB"] {
            guard hub.isEmpty || URL(string: hub).map({ ["http", "https"].contains($0.scheme ?? "") && $0.host != nil }) == true else {
                throw ConfigurationError(file: "environment", message: "STEMPEL_WEBSUB_HUB: must be an absolute http or https URL")
            }
            configuration.publishing.websubHub = hub.isEmpty ? nil : hub
        }
        if let holdAt = try number("STEMPEL_POLICY_HOLD_AT") { configuration.moderation.policy.holdAt = holdAt }
        if let rejectAt = try number("STEMPEL_POLICY_REJECT_AT") { configuration.moderation.policy.rejectAt = rejectAt }
        if let text = environment["STEMPEL_RULE_TIMEOUT_MS"] {
            guard let timeout = Int(text), (1...60_000).contains(timeout) else {
                throw ConfigurationError(
                    file: "environment", message: "STEMPEL_RULE_TIMEOUT_MS: expected milliseconds from 1 to 60000, not '\(text)'")
            }
            configuration.moderation.ruleTimeoutMilliseconds = timeout
        }
        try configuration.applyIngestion(environment: environment)
        try configuration.applyWebhooks(environment: environment)
        guard configuration.moderation.policy.holdAt <= configuration.moderation.policy.rejectAt else {
            throw ConfigurationError(file: "environment", message: "STEMPEL_POLICY_REJECT_AT must not be lower than the hold threshold")
        }
        return configuration
    }
}
