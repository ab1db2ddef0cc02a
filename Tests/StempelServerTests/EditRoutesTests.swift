import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct EditRoutesTests {
    @Test(arguments: ServerBackend.available) func aModeratorRedactsABodyAndTheAuditTrailKeepsTheOriginal(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            let admin = try await server.addModerator("root", role: .admin)
            try await server.test { client in
                let id = try #require(try await client.postComment("Bel me op 06-12345678 JA NU!").json["id"] as? String)
                let uri = "/api/v1/submissions/\(id)/edit"
                var headers: HTTPFields = [.contentType: "application/json"]
                #expect(
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: #"{"body": "x"}"#)).status
                        == .unauthorized)
                headers[.authorization] = "Bearer \(token)"
                let empty = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: #"{"body": "  "}"#))
                #expect(empty.status == .unprocessableContent)
                #expect(empty.headers[.contentType] == "application/problem+json")
                let long = String(repeating: "a", count: 5_001)
                #expect(
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: #"{"body": "\#(long)"}"#)).status
                        == .unprocessableContent)

                let edited = try await client.execute(
                    uri: uri, method: .post, headers: headers,
                    body: ByteBuffer(string: #"{"body": "Bel me op [verwijderd] JA NU!", "note": "telefoonnummer"}"#))
                #expect(edited.status == .ok)
                #expect(edited.json["outcome"] as? String == "decided")
                #expect(edited.json["status"] as? String == "held")
                #expect(try await server.store.comment(id: id)?.submission.body == "Bel me op [verwijderd] JA NU!")
                let same = try await client.execute(
                    uri: uri, method: .post, headers: headers, body: ByteBuffer(string: #"{"body": "Bel me op [verwijderd] JA NU!"}"#))
                #expect(same.json["outcome"] as? String == "unchanged")
                #expect(
                    try await client.execute(
                        uri: "/api/v1/submissions/nope/edit", method: .post, headers: headers, body: ByteBuffer(string: #"{"body": "x"}"#)
                    ).status == .notFound)

                let audit = try await client.execute(uri: "/api/v1/audit", method: .get, headers: [.authorization: "Bearer \(admin)"])
                let entries = try #require(audit.json["entries"] as? [[String: Any]])
                let edit = try #require(entries.first { $0["action"] as? String == "edit" })
                #expect(edit["original_body"] as? String == "Bel me op 06-12345678 JA NU!")
                #expect(edit["actor"] as? String == "anja" && edit["note"] as? String == "telefoonnummer")
                #expect(entries.filter { $0["action"] as? String == "edit" }.count == 1)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func theItemPageEditsTheTextAndShowsTheOriginalInItsHistory(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MIJN ADRES IS <b>Dorpsstraat 1</b>").json["id"] as? String)
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/items/\(id)", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains("JA, MIJN ADRES IS &lt;b&gt;Dorpsstraat 1&lt;/b&gt;</textarea>"))
                let saved = try await browser.post("/moderate/items/\(id)/edit", [("body", "JA, MIJN ADRES IS [weggehaald]")])
                #expect(saved.status == .seeOther)
                #expect(try await server.store.comment(id: id)?.submission.body == "JA, MIJN ADRES IS [weggehaald]")
                try await browser.get(saved.headers[.location] ?? "", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains("The edited text was saved"))
                #expect(browser.page.contains("<td>anja</td><td>edited</td>"))
                #expect(browser.page.contains(#"<div class="body">JA, MIJN ADRES IS &lt;b&gt;Dorpsstraat 1&lt;/b&gt;</div></details>"#))
                let empty = try await browser.post("/moderate/items/\(id)/edit", [("body", " ")])
                #expect(empty.status == .unprocessableContent)
                try await browser.get("/moderate/items/\(id)")
                #expect(try await browser.post("/moderate/items/\(id)/edit", [("body", "x"), ("csrf", "forged")]).status == .forbidden)
                #expect(try await server.store.comment(id: id)?.submission.body == "JA, MIJN ADRES IS [weggehaald]")
            }
        }
    }
}
