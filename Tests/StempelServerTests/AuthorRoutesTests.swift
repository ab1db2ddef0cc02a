import Foundation
import Hummingbird
import HummingbirdTesting
import Moderation
import Storage
import Testing

@Suite struct AuthorRoutesTests {
    private func send(
        _ client: some TestClientProtocol, _ uri: String, _ method: HTTPRequest.Method = .get, token: String?, json: String? = nil
    ) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    @Test(arguments: ServerBackend.available) func everyAuthorRouteNeedsAToken(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                for (uri, method) in [("/api/v1/authors", HTTPRequest.Method.get), ("/api/v1/authors", .post), ("/api/v1/authors/1", .delete)] {
                    let response = try await send(client, uri, method, token: nil, json: method == .post ? #"{"standing": "blocked"}"# : nil)
                    #expect(response.status == .unauthorized, "\(method) \(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aModeratorMarksListsAndRemovesAuthorsAndAdminsReadTheAudit(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let moderator = try await server.addModerator("anja")
            let admin = try await server.addModerator("beheer", role: .admin)
            try await server.test { client in
                let created = try await send(
                    client, "/api/v1/authors", .post, token: moderator,
                    json: #"{"standing": "trusted", "email": " Anna@Example.org", "note": "vaste lezer"}"#)
                #expect(created.status == .created)
                let id = try #require(created.json["id"] as? Int)
                #expect(created.headers[.location] == "/api/v1/authors/\(id)")
                #expect(created.json["kind"] as? String == "email")
                // Only the hash of the address is kept and shown.
                #expect(created.json["value"] as? String == "a3bf86238a1c59bd2f0a648af9293620f90d18dad133d8fe2341cf9664a5d6d0")
                #expect(!created.text.contains("anna@"))

                let changed = try await send(
                    client, "/api/v1/authors", .post, token: moderator,
                    json: #"{"standing": "blocked", "email_hash": "A3BF86238A1C59BD2F0A648AF9293620F90D18DAD133D8FE2341CF9664A5D6D0"}"#)
                #expect(changed.status == .ok)
                #expect(changed.json["id"] as? Int == id)
                let network = try await send(
                    client, "/api/v1/authors", .post, token: moderator, json: #"{"standing": "blocked", "network": "2001:db8:1:2::/48"}"#)
                #expect(network.json["value"] as? String == "2001:db8:1::/48")

                let list = try await send(client, "/api/v1/authors", token: moderator)
                let authors = try #require(list.json["authors"] as? [[String: Any]])
                #expect(authors.count == 2)
                #expect(Set(authors.compactMap { $0["standing"] as? String }) == ["blocked"])

                #expect(try await send(client, "/api/v1/authors/\(id)", .delete, token: moderator).status == .noContent)
                #expect(try await send(client, "/api/v1/authors/\(id)", .delete, token: moderator).status == .notFound)

                #expect(try await send(client, "/api/v1/audit/events", token: moderator).status == .forbidden)
                let audit = try await send(client, "/api/v1/audit/events", token: admin)
                let events = try #require(audit.json["events"] as? [[String: Any]])
                #expect(events.map { $0["action"] as? String } == ["mark", "mark", "mark", "unmark"])
                #expect(events.map { $0["actor"] as? String } == ["anja", "anja", "anja", "anja"])
                #expect((events[1]["before"] as? [String: String])?["standing"] == "trusted")
                #expect((events[1]["after"] as? [String: String])?["standing"] == "blocked")
                #expect(events[3]["after"] == nil)
                let later = try await send(client, "/api/v1/audit/events?after=\(events[2]["sequence"] as? Int ?? 0)", token: admin)
                #expect((later.json["events"] as? [Any])?.count == 1)
                #expect(try await send(client, "/api/v1/audit/events?after=x", token: admin).status == .badRequest)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func badInputIsAProblemNamingTheField(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            try await server.test { client in
                let cases: [(json: String, status: HTTPResponse.Status, field: String)] = [
                    (#"{"standing": "blocked", "network": "203.0.113.0/16"}"#, .unprocessableContent, "network"),
                    (#"{"standing": "blocked", "address": "nergens"}"#, .unprocessableContent, "address"),
                    (#"{"standing": "blocked", "email_hash": "abc"}"#, .unprocessableContent, "email_hash"),
                    (#"{"standing": "blocked", "email": "a@example.org", "address": "203.0.113.7"}"#, .unprocessableContent, "email"),
                    (#"{"standing": "blocked"}"#, .unprocessableContent, "email"),
                    (#"{"standing": "banned", "address": "203.0.113.7"}"#, .unprocessableContent, "standing"),
                ]
                for item in cases {
                    let response = try await send(client, "/api/v1/authors", .post, token: token, json: item.json)
                    #expect(response.status == item.status, "\(item.json)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    let errors = response.json["errors"] as? [[String: Any]]
                    #expect(errors?.first?["field"] as? String == item.field, "\(item.json): \(response.text)")
                }
                #expect(try await send(client, "/api/v1/authors", .post, token: token, json: "{").status == .badRequest)
                #expect(try await send(client, "/api/v1/authors/abc", .delete, token: token).status == .badRequest)
                #expect(try await server.store.authorMarks().isEmpty)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aBlockedAuthorsCommentIsRejectedAndATrustedNewcomerIsApproved(_ backend: ServerBackend)
        async throws
    {
        try await backend.withStore { store in
            let server = try await TestServer(
                store: store,
                configure: { configuration in
                    configuration.moderation.rules["first-time-author"] = RuleSettings(enabled: true)
                })
            let token = try await server.addModerator("anja")
            try await server.test { client in
                // With first-time-author on, an unmarked newcomer is held.
                let unknown = try await client.postComment("Mooi geschreven, herkenbaar.", name: "Nieuw", email: "nieuw@example.nl")
                #expect(unknown.json["status"] as? String == "held")

                for (standing, email) in [("blocked", "spammer@example.com"), ("trusted", "vertrouwd@example.nl")] {
                    let marked = try await send(
                        client, "/api/v1/authors", .post, token: token, json: #"{"standing": "\#(standing)", "email": "\#(email)"}"#)
                    #expect(marked.status == .created)
                }
                let blocked = try await client.postComment("Mooi geschreven, herkenbaar.", name: "Spammer", email: "Spammer@Example.com")
                #expect(blocked.status == .created)
                #expect(blocked.json["status"] as? String == "rejected")
                let trusted = try await client.postComment("Mooi geschreven, herkenbaar.", name: "Vertrouwd", email: "vertrouwd@example.nl")
                #expect(trusted.json["status"] as? String == "approved")

                let blockedID = try #require(blocked.json["id"] as? String)
                let stored = try #require(try await server.store.comment(id: blockedID))
                #expect(stored.findings.contains { $0.rule == "blocked-authors" && $0.reason.contains("blocked author") })
                let trustedID = try #require(trusted.json["id"] as? String)
                let approved = try #require(try await server.store.comment(id: trustedID))
                #expect(approved.findings.contains { $0.rule == "first-time-author" && $0.score < 0 })
            }
        }
    }
}
