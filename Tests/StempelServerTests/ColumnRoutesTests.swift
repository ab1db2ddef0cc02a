import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ColumnRoutesTests {
    @Test(arguments: ServerBackend.available) func columnsAreListedNewestFirstWithCounts(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar!")
                _ = try await client.postComment("NIET TE GELOVEN DAT DIT KAN ZEG!!!")
                let response = try await client.execute(uri: "/api/v1/columns", method: .get)
                #expect(response.status == .ok)
                let columns = try #require(response.json["columns"] as? [[String: Any]])
                #expect(columns.map { $0["slug"] as? String } == ["wachten-op-de-monteur", "de-bakker-op-de-hoek"])
                #expect(columns[1]["comment_count"] as? Int == 1)
                #expect(columns[1]["tags"] as? [String] == ["gastvrijheid", "klantbeleving"])
                #expect(columns[1]["author"] as? String == "Marieke")
                #expect(columns[1]["published"] as? String == "2026-03-01T08:00:00Z")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func oneColumnWithItsApprovedComments(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar!")
                _ = try await client.postComment("NIET TE GELOVEN DAT DIT KAN ZEG!!!")
                let response = try await client.execute(uri: "/api/v1/columns/de-bakker-op-de-hoek", method: .get)
                #expect(response.status == .ok)
                #expect(response.json["content_html"] as? String == "<p>Hij wist mijn naam.</p>")
                let comments = try #require(response.json["comments"] as? [[String: Any]])
                #expect(comments.map { $0["body"] as? String } == ["Herkenbaar!"])
            }
        }
    }

    @Test(arguments: ServerBackend.available) func unknownColumnIs404(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(uri: "/api/v1/columns/nope", method: .get)
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func healthzAnswers(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(uri: "/healthz", method: .get)
                #expect(response.status == .ok)
                #expect(response.json["status"] as? String == "ok")
                #expect(response.json["columns"] as? Int == 2)
            }
        }
    }
}

@Suite struct MetricsRoutesTests {
    @Test(arguments: ServerBackend.available) func metricsCountRuleEvaluationsAndVerdicts(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar!")
                _ = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
                let response = try await client.execute(uri: "/metrics", method: .get)
                #expect(response.status == .ok)
                #expect(response.text.contains(#"stempel_rule_evaluations_total{rule="shouting"} 2"#))
                #expect(response.text.contains(#"stempel_rule_findings_total{rule="shouting"} 1"#))
                #expect(response.text.contains(#"stempel_verdicts_total{status="held"} 1"#))
                #expect(response.text.contains("stempel_rule_duration_seconds"))
            }
        }
    }
}
