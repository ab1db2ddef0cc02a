import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct WebUIAuthorsTests {
    @Test(arguments: ServerBackend.available) func aModeratorMarksAndUnmarksAuthorsOnTheAuthorsPage(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                var browser = WebBrowser(client)
                #expect(try await browser.get("/moderate/authors").status == .unauthorized)
                try await browser.signIn("anja")
                try await browser.get("/moderate/authors", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains("No author is marked."))
                #expect(browser.page.contains(#"<label for="author-value">"#))

                // Without the session's CSRF token nothing changes.
                let forged = try await browser.post(
                    "/moderate/authors", [("kind", "network"), ("value", "203.0.113.0/24"), ("standing", "blocked")], addingCSRF: false)
                #expect(forged.status == .forbidden)
                #expect(try await server.store.authorMarks().isEmpty)

                try await browser.get("/moderate/authors", headers: [.acceptLanguage: "en"])
                let bad = try await browser.post("/moderate/authors", [("kind", "network"), ("value", "203.0.113.0/16"), ("standing", "blocked")])
                #expect(bad.status == .unprocessableContent)
                #expect(browser.page.contains("Dat is geen e-mailadres, SHA-256-hash"))
                #expect(browser.page.contains(#"value="203.0.113.0/16""#))

                let marked = try await browser.post(
                    "/moderate/authors", [("kind", "network"), ("value", "203.0.113.9/24"), ("standing", "blocked"), ("note", "<b>spam</b>")])
                #expect(marked.status == .seeOther)
                #expect(marked.headers[.location] == "/moderate/authors?marked=1")
                try await browser.get("/moderate/authors?marked=1", headers: [.acceptLanguage: "nl"])
                #expect(browser.page.contains("De schrijver is gemarkeerd."))
                #expect(browser.page.contains("203.0.113.0/24"))
                #expect(browser.page.contains("geblokkeerd"))
                #expect(browser.page.contains("&lt;b&gt;spam&lt;/b&gt;"))
                let mark = try #require(try await server.store.authorMarks().first)
                #expect(mark.markedBy == "anja")

                let removed = try await browser.post("/moderate/authors/\(mark.id)/remove", [])
                #expect(removed.headers[.location] == "/moderate/authors?removed=1")
                #expect(try await server.store.authorMarks().isEmpty)
                #expect(try await browser.post("/moderate/authors/\(mark.id)/remove", []).status == .notFound)
                #expect(try await server.store.auditEvents(after: nil, limit: 10).map(\.action) == ["mark", "unmark"])
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aQueueItemsButtonsTrustOrBlockItsAuthor(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                let id = try #require(
                    try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!", email: "Roeper@Example.nl").json["id"] as? String)
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/queue", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains(#"formaction="/moderate/authors/mark" name="mark" value="blocked \#(id)""#))
                #expect(browser.page.contains("Trust author"))
                let blocked = try await browser.post("/moderate/authors/mark", [("mark", "blocked \(id)"), ("back", "/moderate/queue")])
                #expect(blocked.status == .seeOther)
                #expect(blocked.headers[.location] == "/moderate/queue?marked=1")
                let mark = try #require(try await server.store.authorMarks().first)
                #expect(mark.key == (try AuthorKey(email: "roeper@example.nl")))
                #expect(mark.standing == .blocked)
                // The next comment from that author is refused by the blocked-authors rule.
                let next = try await client.postComment("Een nette reactie deze keer.", email: "roeper@example.nl")
                #expect(next.json["status"] as? String == "rejected")

                #expect(try await browser.post("/moderate/authors/mark", [("mark", "banned \(id)")]).status == .badRequest)
                try await browser.get("/moderate/queue")
                #expect(try await browser.post("/moderate/authors/mark", [("mark", "trusted onbekend")]).status == .notFound)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func heldColumnsAreInTheQueuePageAndDecidedThere(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            let source = try await server.store.addSource(SourceDraft(url: "https://blog.example.org/feed.atom", name: "Het <blog>"))
            let column = StoredColumn(
                slug: "gehouden", title: "Een <i>gehouden</i> column", author: "Blogger", summary: "Waar het over gaat",
                contentHTML: "<p>Tekst</p>", tags: [], publishedAt: Date(), updatedAt: Date())
            try await server.store.applyPoll(
                SourcePollUpdate(
                    sourceID: source.id, state: SourceState(),
                    columns: [IngestedColumn(entryKey: "g", fingerprint: "g", column: column, status: .held)]))
            let held = try #require(try await server.store.heldColumns(QueueQuery()).first)
            try await server.test { client in
                var browser = WebBrowser(client)
                try await browser.signIn("anja")
                try await browser.get("/moderate/queue", headers: [.acceptLanguage: "en"])
                #expect(browser.page.contains("Held column: Een &lt;i&gt;gehouden&lt;/i&gt; column"))
                #expect(browser.page.contains("Source Het &lt;blog&gt;"))
                #expect(browser.page.contains("Waar het over gaat"))
                let decided = try await browser.post("/moderate/decide", [("back", "/moderate/queue"), ("decide", "approve \(held.id)")])
                #expect(decided.headers[.location] == "/moderate/queue?decided=1&unchanged=0&conflicts=0")
                let feed = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(feed.text.contains("Een &lt;i&gt;gehouden&lt;/i&gt; column"))
            }
        }
    }
}
