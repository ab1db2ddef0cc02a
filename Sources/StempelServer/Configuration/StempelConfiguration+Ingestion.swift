import Ingestion

extension StempelConfiguration {
    /// `STEMPEL_ALLOW_PRIVATE_NETWORKS` (`true` or `false`) and `STEMPEL_SOURCES_FILE` (empty: none).
    mutating func applyIngestion(environment: [String: String]) throws {
        if let text = environment["STEMPEL_ALLOW_PRIVATE_NETWORKS"] {
            switch text.lowercased() {
            case "true", "1", "yes": ingestion.allowPrivateNetworks = true
            case "false", "0", "no", "": ingestion.allowPrivateNetworks = false
            default:
                throw ConfigurationError(file: "environment", message: "STEMPEL_ALLOW_PRIVATE_NETWORKS: expected true or false, not '\(text)'")
            }
        }
        if let path = environment["STEMPEL_SOURCES_FILE"] { ingestion.sourcesFile = path.isEmpty ? nil : path }
    }
}

extension StempelConfiguration {
    /// The ingestion settings to poll with: a `User-Agent` that was not configured names this
    /// site's base URL, so a feed's owner knows whose server is asking.
    public var pollingConfiguration: IngestionConfiguration {
        var result = ingestion
        if result.userAgent == IngestionConfiguration().userAgent {
            result.userAgent = IngestionConfiguration.userAgent(siteURL: site.baseURL)
        }
        return result
    }
}
