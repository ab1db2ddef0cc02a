import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StempelServer
import Testing

@Suite struct MetricsTokenTests {
    private static let token = "0123456789abcdef-metrics"

    @Test func withATokenConfiguredMetricsAnswerOnlyItsBearer() async throws {
        let server = try await TestServer { $0.metricsToken = try? MetricsToken(Self.token) }
        try await server.test { client in
            let bare = try await client.execute(uri: "/metrics", method: .get)
            #expect(bare.status == .unauthorized)
            #expect(bare.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(bare.headers[.contentType] == "application/problem+json")
            #expect(!String(buffer: bare.body).contains("stempel_"), "nothing of the metrics leaks into the refusal")
            for wrong in ["Bearer 0123456789abcdef-metricz", "Bearer \(Self.token)x", "Basic \(Self.token)", Self.token] {
                let refused = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: wrong])
                #expect(refused.status == .unauthorized, "\(wrong)")
            }
            let allowed = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(Self.token)"])
            #expect(allowed.status == .ok)
            #expect(String(buffer: allowed.body).contains("stempel_queue_length"))
            // Health checks stay open for load balancers.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }

    @Test func withoutATokenMetricsAreOpenAsPrometheusExpects() async throws {
        let server = try await TestServer()
        let status = try await server.test { client in
            try await client.execute(uri: "/metrics", method: .get).status
        }
        #expect(status == .ok)
    }

    @Test func theTokenComesFromTheFileOrTheEnvironmentAndAWeakOneIsRefusedWithItsKey() throws {
        let parsed = try StempelConfiguration.parse(yaml: "server: {metrics_token: \(Self.token)}")
        let expected = try MetricsToken(Self.token)
        #expect(parsed.metricsToken == expected)
        #expect("\(parsed.metricsToken.map { "\($0)" } ?? "")" == "<metrics token>", "the token never shows in a printed configuration")
        let fromEnvironment = try StempelConfiguration().applying(environment: ["STEMPEL_METRICS_TOKEN": Self.token])
        #expect(fromEnvironment.metricsToken == parsed.metricsToken)
        #expect {
            try StempelConfiguration.parse(yaml: "server: {metrics_token: kort}", file: "stempel.yaml")
        } throws: { error in
            "\(error)".contains("metrics_token") && "\(error)".contains("stempel.yaml") && "\(error)".contains("16 characters")
        }
        #expect {
            try StempelConfiguration().applying(environment: ["STEMPEL_METRICS_TOKEN": "met spaties erin 1234"])
        } throws: { error in
            "\(error)".contains("STEMPEL_METRICS_TOKEN") && "\(error)".contains("without spaces")
        }
    }
}
