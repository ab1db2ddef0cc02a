import StempelServer
import Testing

@Suite struct WebhookConfigurationTests {
    @Test func theWebhooksSectionSetsItsKeys() throws {
        let configuration = try StempelConfiguration.parse(
            yaml: """
                webhooks:
                  url: https://hooks.example/stempel
                  secret: een-gedeeld-geheim-van-32-tekens
                  max_attempts: 5
                  first_retry_seconds: 30
                """
        ).applying(environment: [:])
        #expect(configuration.webhooks.url == "https://hooks.example/stempel" && configuration.webhooks.isEnabled)
        #expect(configuration.webhooks.maxAttempts == 5 && configuration.webhooks.firstRetrySeconds == 30)
        #expect(configuration.webhooks.timeoutSeconds == WebhookConfiguration().timeoutSeconds)
        #expect(!StempelConfiguration().webhooks.isEnabled)
    }

    @Test func theEnvironmentGivesTheSecretToAURLFromTheFile() throws {
        let configuration = try StempelConfiguration.parse(yaml: "webhooks:\n  url: https://hooks.example/stempel")
            .applying(environment: ["STEMPEL_WEBHOOK_SECRET": "een-gedeeld-geheim-van-32-tekens"])
        #expect(configuration.webhooks.secret == "een-gedeeld-geheim-van-32-tekens")
        let off = try configuration.applying(environment: ["STEMPEL_WEBHOOK_URL": ""])
        #expect(!off.webhooks.isEnabled)
    }

    @Test func mistakesAreNamed() {
        for (yaml, key) in [
            ("webhooks:\n  url: ftp://hooks.example/x", "url"), ("webhooks:\n  max_attempts: 0", "max_attempts"), ("webhooks:\n  urls: x", "urls"),
        ] {
            #expect("\(yaml)") {
                _ = try StempelConfiguration.parse(yaml: yaml, file: "stempel.yaml")
            } throws: { error in
                let text = String(describing: error)
                return text.hasPrefix("stempel.yaml: ") && text.contains(key)
            }
        }
        for environment in [
            ["STEMPEL_WEBHOOK_URL": "https://hooks.example/stempel"],
            ["STEMPEL_WEBHOOK_URL": "https://hooks.example/stempel", "STEMPEL_WEBHOOK_SECRET": "kort"],
            ["STEMPEL_WEBHOOK_URL": "hooks.example", "STEMPEL_WEBHOOK_SECRET": "een-gedeeld-geheim-van-32-tekens"],
        ] {
            #expect(throws: ConfigurationError.self) { try StempelConfiguration().applying(environment: environment) }
        }
    }

    @Test func theSecretIsNeverShown() throws {
        let configuration = try StempelConfiguration().applying(environment: [
            "STEMPEL_WEBHOOK_URL": "https://hooks.example/stempel", "STEMPEL_WEBHOOK_SECRET": "een-gedeeld-geheim-van-32-tekens",
        ])
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [String(describing: configuration), String(reflecting: configuration), dumped, "\(configuration.webhooks)"] {
            #expect(!text.contains("een-gedeeld-geheim") && text.contains("redacted"))
        }
    }
}
