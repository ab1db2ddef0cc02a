import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What schemathesis found where the server and docs/openapi.yaml disagreed, kept as tests.
@Suite struct SchemathesisFindingsTests {
    @Test(arguments: ServerBackend.available) func anUnknownAuditFormatIsRefused(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let admin = try await server.addModerator("beheer", role: .admin)
            try await server.test { client in
                let headers: HTTPFields = [.authorization: "Bearer \(admin)"]
                let refused = try await client.execute(uri: "/api/v1/audit?format=AAA", method: .get, headers: headers)
                #expect(refused.status == .badRequest)
                #expect(refused.headers[.contentType] == "application/problem+json")
                #expect((refused.json["errors"] as? [[String: String]])?.first?["field"] == "format")
                #expect(try await client.execute(uri: "/api/v1/audit?format=jsonl", method: .get, headers: headers).status == .ok)
                #expect(try await client.execute(uri: "/api/v1/audit", method: .get, headers: headers).status == .ok)
            }
        }
    }

    @Test(arguments: ["", "%20"])
    func anEmptyFormRedirectIsNoRedirect(redirect: String) async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await client.execute(
                uri: "/api/v1/columns/de-bakker-op-de-hoek/comments",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "author=Anja&body=Mooi%20verhaal&redirect=\(redirect)")
            )
            #expect(response.status == .created)
            #expect(response.headers[.location]?.hasPrefix("/api/v1/comments/") == true)
        }
    }

    @Test(arguments: ServerBackend.available) func aKnownPathWithAnotherMethodAnswers405WithAllow(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let trace = try await client.execute(uri: "/feeds/columns.atom", method: .trace)
                #expect(trace.status == .methodNotAllowed)
                #expect(trace.headers[.allow] == "GET, HEAD")
                #expect(trace.headers[.contentType] == "application/problem+json")
                let delete = try await client.execute(uri: "/api/v1/columns/de-bakker-op-de-hoek/comments", method: .delete)
                #expect(delete.status == .methodNotAllowed)
                #expect(delete.headers[.allow] == "POST")
                // A path no route has stays 404, and so does a route's own 404 (an unknown column).
                let nowhere = try await client.execute(uri: "/nergens", method: .trace)
                #expect(nowhere.status == .notFound)
                let unknown = try await client.execute(uri: "/api/v1/columns/bestaat-niet/comments", method: .post, body: ByteBuffer(string: "{}"))
                #expect(unknown.status == .notFound)
                #expect(unknown.headers[.allow] == nil)
            }
        }
    }
}
