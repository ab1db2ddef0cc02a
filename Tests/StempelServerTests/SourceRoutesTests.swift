import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct SourceRoutesTests {
    private func send(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil
    ) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    @Test(arguments: ServerBackend.available) func moderatorsReadAdminsAddAndRemove(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let moderator = try await server.addModerator("anja")
            let admin = try await server.addModerator("beheer", role: .admin)
            try await server.test { client in
                #expect(try await send(client, .get, "/api/v1/sources", token: nil).status == .unauthorized)
                let body = #"{"url": "https://vakblad.example/columns.rss", "name": "Vakblad", "interval": "30m"}"#
                #expect(try await send(client, .post, "/api/v1/sources", token: moderator, json: body).status == .forbidden)

                let created = try await send(client, .post, "/api/v1/sources", token: admin, json: body)
                #expect(created.status == .created)
                let location = try #require(created.headers[.location])
                let view = try #require(try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as? [String: Any])
                #expect(view["name"] as? String == "Vakblad" && view["trust"] as? String == "moderated" && view["interval_seconds"] as? Int == 1_800)
                #expect(try await send(client, .post, "/api/v1/sources", token: admin, json: body).status == .conflict)

                let list = try await send(client, .get, "/api/v1/sources", token: moderator)
                #expect(list.status == .ok && String(buffer: list.body).contains("vakblad.example"))

                #expect(try await send(client, .delete, location, token: moderator).status == .forbidden)
                #expect(try await send(client, .delete, location, token: admin).status == .noContent)
                #expect(try await send(client, .delete, location, token: admin).status == .notFound)
                #expect(try await server.store.sources().isEmpty)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func badSourcesAreRefusedWithTheField(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let admin = try await server.addModerator("beheer", role: .admin)
            try await server.test { client in
                for (json, field) in [
                    (#"{"url": "file:///etc/passwd"}"#, "url"), (#"{"url": "Feeds/columns.atom"}"#, "url"),
                    (#"{"url": "gopher://example.nl/"}"#, "url"), (#"{"url": "https://example.nl/rss", "interval": "soms"}"#, "interval"),
                    (#"{"url": "https://example.nl/rss", "interval": "5s"}"#, "interval"),
                ] {
                    let response = try await send(client, .post, "/api/v1/sources", token: admin, json: json)
                    #expect(response.status == .unprocessableContent, "\(json)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(String(buffer: response.body).contains(#""field":"\#(field)""#), "\(json): \(String(buffer: response.body))")
                }
                #expect(try await server.store.sources().isEmpty)
            }
        }
    }
}
