import StempelServer
import Testing

@Suite struct IngestionConfigurationTests {
    @Test func theIngestionSectionSetsItsKeys() throws {
        let configuration = try StempelConfiguration.parse(
            yaml: """
                site:
                  base_url: https://stempel.example
                ingestion:
                  allow_private_networks: true
                  sources_file: null
                  max_concurrent_fetches: 2
                  response_timeout_seconds: 12.5
                  minimum_interval_seconds: 600
                """)
        #expect(configuration.ingestion.allowPrivateNetworks)
        #expect(configuration.ingestion.sourcesFile == nil)
        #expect(configuration.ingestion.maxConcurrentFetches == 2 && configuration.ingestion.responseTimeoutSeconds == 12.5)
        #expect(configuration.ingestion.minimumIntervalSeconds == 600)
        // A User-Agent nobody configured names the site.
        #expect(configuration.pollingConfiguration.userAgent.contains("+https://stempel.example"))
    }

    @Test func badIngestionKeysNameTheKey() {
        for (yaml, key) in [
            ("ingestion:\n  allow_private: true", "allow_private"), ("ingestion:\n  max_concurrent_fetches: 0", "max_concurrent_fetches"),
            ("ingestion:\n  minimum_interval_seconds: 90000", "minimum_interval_seconds"), ("ingestion:\n  max_redirects: 50", "max_redirects"),
        ] {
            #expect("\(yaml)") {
                _ = try StempelConfiguration.parse(yaml: yaml, file: "stempel.yaml")
            } throws: { error in
                let text = String(describing: error)
                return text.hasPrefix("stempel.yaml: ") && text.contains(key)
            }
        }
    }

    @Test func theEnvironmentAllowsPrivateNetworksAndNamesBadValues() throws {
        let allowed = try StempelConfiguration().applying(environment: ["STEMPEL_ALLOW_PRIVATE_NETWORKS": "true", "STEMPEL_SOURCES_FILE": ""])
        #expect(allowed.ingestion.allowPrivateNetworks && allowed.ingestion.sourcesFile == nil)
        #expect(throws: ConfigurationError.self) {
            try StempelConfiguration().applying(environment: ["STEMPEL_ALLOW_PRIVATE_NETWORKS": "maybe"])
        }
    }
}
