import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct UndoRoutesTests {
    @Test(arguments: ServerBackend.available) func theAPIUndoesTheLatestDecisionOnceAndNeedsAToken(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!").json["id"] as? String)
                let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
                let undo = "/api/v1/submissions/\(id)/undo"
                #expect(try await client.execute(uri: undo, method: .post).status == .unauthorized)
                #expect(try await client.execute(uri: undo, method: .post, headers: headers).status == .conflict)
                _ = try await client.execute(
                    uri: "/api/v1/submissions/\(id)/decision", method: .post, headers: headers, body: ByteBuffer(string: #"{"action": "approve"}"#))
                #expect(try await client.execute(uri: "/feeds/columns.atom", method: .get).text.contains(#"thr:count="1""#))

                let undone = try await client.execute(uri: undo, method: .post, headers: headers)
                #expect(undone.status == .ok)
                #expect(undone.json["outcome"] as? String == "undone")
                #expect(undone.json["status"] as? String == "held")
                #expect(undone.json["undid"] as? String == "approve")
                #expect(try await client.execute(uri: "/feeds/columns.atom", method: .get).text.contains(#"thr:count="0""#))
                let again = try await client.execute(uri: undo, method: .post, headers: headers)
                #expect(again.status == .conflict)
                #expect(again.headers[.contentType] == "application/problem+json")
                #expect(try await client.execute(uri: "/api/v1/submissions/nope/undo", method: .post, headers: headers).status == .notFound)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func anItemsPageOffersUndoForTheLatestDecision(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!").json["id"] as? String)
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/items/\(id)")
                #expect(!browser.page.contains("/undo\""))
                try await browser.post("/moderate/decide", [("back", "/moderate/items/\(id)"), ("decide", "spam \(id)"), ("from", "held")])
                try await browser.get("/moderate/items/\(id)", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains(#"action="/moderate/items/\#(id)/undo""#))
                // Without the session's token nothing is undone.
                let forged = try await browser.post("/moderate/items/\(id)/undo", [("csrf", "forged")])
                #expect(forged.status == .forbidden)
                #expect(try await server.store.comment(id: id)?.status == .rejected)
                try await browser.get("/moderate/items/\(id)", headers: [.acceptLanguage: "en"])
                let real = try await browser.post("/moderate/items/\(id)/undo", [])
                #expect(real.status == .seeOther)
                #expect(real.headers[.location] == "/moderate/items/\(id)?undone=1")
                #expect(try await server.store.comment(id: id)?.status == .held)
                try await browser.get(real.headers[.location] ?? "", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains("The last decision was undone."))
                #expect(browser.page.contains("<td>anja</td><td>undone</td><td>rejected → held</td>"))
            }
        }
    }
}
