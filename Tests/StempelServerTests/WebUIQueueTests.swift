import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct WebUIQueueTests {
    /// Every comment is held, so that any text (an XSS payload too) reaches the queue.
    private func holdingEverything(on store: any StempelStore & SourceStore & WebhookOutbox) async throws -> TestServer {
        try await TestServer(store: store) { configuration in
            configuration.moderation.policy.holdAt = -1_000
            configuration.moderation.policy.rejectAt = 1_000
        }
    }

    @Test(arguments: ServerBackend.available) func theQueueShowsHeldCommentsWithReasonsAndEveryUntrustedStringEscaped(_ backend: ServerBackend)
        async throws
    {
        try await backend.withStore { store in
            let server = try await holdingEverything(on: store)
            _ = try await server.addModerator("anja")
            try await server.test { client in
                let payload = #"<script>alert("body")</script><img src=x onerror=alert(1)>"#
                _ = try await client.postComment(payload, name: #"Mallory"><script>alert(2)</script>"#)
                _ = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                let queue = try await browser.get("/moderate/queue", headers: [.acceptLanguage: "en"])
                #expect(queue.status == .ok)
                let html = browser.page
                #expect(html.contains("&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
                #expect(html.contains("Mallory&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
                #expect(!html.contains("<script>alert") && !html.contains("<img src=x"))
                // The only script is the external one: no inline script for the policy to forbid.
                #expect(html.components(separatedBy: "<script").count == 2)
                #expect(html.contains(#"<script src="/moderate/static/moderate.js" defer></script>"#))
                // Findings as reasons a person reads: the rule's name, its score and its reason.
                #expect(html.contains("<strong>Shouting</strong> (score +"))
                #expect(html.contains("of the letters are capitals"))
                #expect(html.contains(#"<html lang="en">"#))

                let policy = try #require(queue.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(queue.headers[.xContentTypeOptions] == "nosniff")
                #expect(queue.headers[.cacheControl] == "no-store")

                let script = try await browser.get("/moderate/static/moderate.js")
                #expect(script.status == .ok)
                #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(String(buffer: script.body).contains("keydown"))
            }
        }
    }

    @Test(arguments: ServerBackend.available) func approvingOneCommentPublishesItAndItsHistoryShowsWhoDidIt(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!").json["id"] as? String)
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/queue?column=de-bakker-op-de-hoek")
                #expect(browser.page.contains(#"name="back" value="/moderate/queue?column=de-bakker-op-de-hoek">"#))
                try await browser.get("/moderate/queue")
                #expect(browser.page.contains(#"name="back" value="/moderate/queue">"#))
                let decided = try await browser.post("/moderate/decide", [("back", "/moderate/queue"), ("decide", "approve \(id)")])
                #expect(decided.status == .seeOther)
                let location = try #require(decided.headers[.location])
                #expect(location == "/moderate/queue?decided=1&unchanged=0&conflicts=0")
                #expect(try await server.store.comment(id: id)?.status == .approved)
                let feed = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(feed.text.contains(#"thr:count="1""#))

                try await browser.get(location, headers: [.acceptLanguage: "nl"])
                #expect(browser.page.contains("Besloten: 1."))
                #expect(browser.page.contains("Er wacht niets op een besluit."))

                let item = try await browser.get("/moderate/items/\(id)", headers: [.acceptLanguage: "en"])
                #expect(item.status == .ok)
                #expect(browser.page.contains("the rules&#39; verdict"))
                #expect(browser.page.contains("<td>anja</td><td>approved</td><td>held → approved</td>"))
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aSelectionIsDecidedInOneGoAndAnEmptySelectionIsExplained(_ backend: ServerBackend) async throws {
        try await backend.withStore { store in
            let server = try await holdingEverything(on: store)
            _ = try await server.addModerator("anja")
            try await server.test { client in
                var ids: [String] = []
                for index in 0..<3 {
                    let response = try await client.postComment("Reactie nummer \(index)", name: "Lezer \(index)", email: "l\(index)@example.nl")
                    ids.append(try #require(response.json["id"] as? String))
                }
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/queue")
                let bulk = try await browser.post("/moderate/decide", [("bulk", "spam"), ("id", ids[0]), ("id", ids[2])])
                #expect(bulk.status == .seeOther)
                #expect(bulk.headers[.location]?.contains("decided=2") == true)
                #expect(try await server.store.comment(id: ids[0])?.status == .rejected)
                #expect(try await server.store.comment(id: ids[1])?.status == .held)
                #expect(try await server.store.comment(id: ids[2])?.status == .rejected)
                let audit = try await server.store.auditLog(after: nil, limit: 100).filter { $0.actor == "anja" }
                #expect(audit.map(\.action) == ["spam", "spam"])

                // Deciding again what someone already decided changes nothing and says so.
                let again = try await browser.post("/moderate/decide", [("bulk", "approve"), ("id", ids[0])])
                #expect(again.headers[.location]?.contains("conflicts=1") == true)
                #expect(try await server.store.comment(id: ids[0])?.status == .rejected)

                let empty = try await browser.post("/moderate/decide", [("bulk", "approve")])
                #expect(empty.status == .unprocessableContent)
                #expect(empty.headers[.contentType] == "text/html; charset=utf-8")
                try await browser.get("/moderate/queue")
                let unknown = try await browser.post("/moderate/decide", [("decide", "publish \(ids[1])")])
                #expect(unknown.status == .badRequest)
                #expect(try await server.store.comment(id: ids[1])?.status == .held)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func formsWithoutTheSessionsCSRFTokenChangeNothing(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!").json["id"] as? String)
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/queue")
                for fields in [[("decide", "approve \(id)"), ("csrf", "forged")], [("decide", "approve \(id)")]] {
                    let response = try await browser.post("/moderate/decide", fields, addingCSRF: false)
                    #expect(response.status == .forbidden)
                    #expect(browser.page.contains("error_csrf") == false && browser.page.contains(#"role="alert""#))
                }
                #expect(try await server.store.comment(id: id)?.status == .held)
                let logout = try await browser.post("/moderate/logout", [("csrf", "forged")])
                #expect(logout.status == .forbidden)
                #expect(try await browser.get("/moderate/queue").status == .ok)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func pagesNeedASessionAndAccountsNeedAnAdmin(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("bram")
            try await server.test { client in
                let root = try await client.execute(uri: "/moderate", method: .get)
                #expect(root.status == .seeOther)
                #expect(root.headers[.location] == "/moderate/login")
                for uri in ["/moderate/queue", "/moderate/items/x", "/moderate/accounts"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.status == .unauthorized, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(response.text.contains(#"href="/moderate/login""#))
                }
                // An API token is not a UI session.
                let withToken = try await client.execute(uri: "/moderate/queue", method: .get, headers: [.authorization: "Bearer \(token)"])
                #expect(withToken.status == .unauthorized)
                for uri in ["/moderate/decide", "/moderate/logout", "/moderate/accounts"] {
                    let response = try await client.execute(
                        uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "x=1"))
                    #expect(response.status == .unauthorized, "\(uri)")
                }

                var browser = WebBrowser(client)
                try await browser.signIn("bram")
                #expect(try await browser.get("/moderate/accounts").status == .forbidden)
                #expect(!browser.page.contains(#"href="/moderate/accounts""#))
                try await browser.get("/moderate/queue")
                let add = try await browser.post("/moderate/accounts", [("name", "eve"), ("password", "geheim-wachtwoord"), ("role", "admin")])
                #expect(add.status == .forbidden)
                #expect(try await server.store.moderator(named: "eve") == nil)
                #expect(try await browser.get("/moderate/items/no-such-comment").status == .notFound)
                #expect(try await browser.get("/moderate/nothing/here").status == .notFound)
                #expect(browser.page.contains("<h1>"))
            }
        }
    }
}
