import Foundation
import Hummingbird
import HummingbirdTesting
import Moderation
import Storage
import Testing

/// A held column's page in the moderation UI (`/moderate/items/column-12`): the column, its
/// status, approve and reject while it is held, and its history from the audit trail.
@Suite struct WebUIColumnItemTests {
    /// A held column whose every string is hostile, from a source with a hostile name.
    private func serverWithAHostileColumn() async throws -> (TestServer, HeldColumn) {
        let server = try await TestServer()
        _ = try await server.addModerator("anja")
        let source = try await server.store.addSource(SourceDraft(url: "https://blog.example.org/feed.atom", name: #"Het "blog"<script>"#))
        let column = StoredColumn(
            slug: "gehouden", title: #"Een <img src=x onerror=alert(1)> column"#, author: "Blogger<script>alert(2)</script>",
            summary: "<p>Waar het <b>over</b> gaat &amp; meer</p>", contentHTML: "<p>Tekst</p>", link: #"https://blog.example.org/"onmouseover="x"#,
            tags: [], publishedAt: Date(), updatedAt: Date())
        try await server.store.applyPoll(
            SourcePollUpdate(
                sourceID: source.id, state: SourceState(),
                columns: [
                    IngestedColumn(
                        entryKey: "g", fingerprint: "g", column: column, status: .held,
                        findings: [RuleFinding(rule: "shouting", score: 5, reason: "<b>80%</b> capitals")], totalScore: 5)
                ]))
        return (server, try #require(try await server.store.heldColumns(QueueQuery()).first))
    }

    @Test func theQueueLinksToAHeldColumnsPageWhichShowsItEscapedWithItsHistory() async throws {
        let (server, held) = try await serverWithAHostileColumn()
        try await server.test { client in
            var browser = WebBrowser(client)
            try await browser.signIn("anja")
            try await browser.get("/moderate/queue", headers: [.acceptLanguage: "en"])
            #expect(browser.page.contains(#"<a href="/moderate/items/\#(held.id)">History<span class="visually-hidden">: "#))

            let page = try await browser.get("/moderate/items/\(held.id)", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let html = browser.page
            #expect(html.contains("Held column: Een &lt;img src=x onerror=alert(1)&gt; column"))
            #expect(html.contains("Author Blogger&lt;script&gt;alert(2)&lt;/script&gt;"))
            #expect(html.contains("Source Het &quot;blog&quot;&lt;script&gt;"))
            #expect(html.contains("https://blog.example.org/&quot;onmouseover=&quot;x"))
            #expect(html.contains("Waar het over gaat &amp; meer"))
            #expect(!html.contains("<img src=x") && !html.contains("<script>alert") && !html.contains(#""onmouseover"#))
            #expect(html.components(separatedBy: "<script").count == 2)
            #expect(html.contains("Status: <strong>held</strong>"))
            // The rules' reasons, as for a comment.
            #expect(html.contains("<strong>Shouting</strong> (score +5): &lt;b&gt;80%&lt;/b&gt; capitals"))
            #expect(html.contains("Total score +5"))
            // While held: approve and reject, with the session's CSRF token, coming back here.
            let csrf = try #require(browser.csrf)
            #expect(html.contains(#"<input type="hidden" name="csrf" value="\#(csrf)">"#))
            #expect(html.contains(#"name="back" value="/moderate/items/\#(held.id)">"#))
            #expect(html.contains(#"value="approve \#(held.id)""#) && html.contains(#"value="reject \#(held.id)""#))
            #expect(!html.contains(#"value="spam "#))
            // Labelled form fields and a table with column headers.
            #expect(html.contains(#"<label for="note">"#) && html.contains(#"<textarea id="note" name="note""#))
            #expect(html.contains(#"<th scope="col">When</th>"#))
            #expect(html.contains("<td>the rules</td><td>held by the rules</td><td>held</td>"))
            let policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
        }
    }

    @Test func decidingFromTheColumnsPageComesBackToItsHistoryInEitherLanguage() async throws {
        let (server, held) = try await serverWithAHostileColumn()
        try await server.test { client in
            var browser = WebBrowser(client)
            try await browser.signIn("anja")
            try await browser.get("/moderate/items/\(held.id)")
            let decided = try await browser.post(
                "/moderate/decide", [("back", "/moderate/items/\(held.id)"), ("decide", "reject \(held.id)"), ("note", "reclame <b>")])
            #expect(decided.status == .seeOther)
            let location = try #require(decided.headers[.location])
            #expect(location == "/moderate/items/\(held.id)?decided=1&unchanged=0&conflicts=0")
            #expect(try await server.store.heldColumn(rowID: held.rowID)?.status == .rejected)

            try await browser.get(location, headers: [.acceptLanguage: "nl"])
            var html = browser.page
            #expect(html.contains(#"<html lang="nl">"#))
            #expect(html.contains("Besloten: 1."))
            #expect(html.contains("<strong>afgewezen</strong>"))
            #expect(html.contains("<td>de regels</td><td>vastgehouden door de regels</td>"))
            #expect(html.contains("<td>anja</td>"))
            #expect(html.contains("reclame &lt;b&gt;"))
            // Decided: no decision form any more.
            #expect(!html.contains(#"action="/moderate/decide""#))

            try await browser.get("/moderate/items/\(held.id)?lang=en")
            html = browser.page
            #expect(html.contains("<td>anja</td><td>rejected</td><td>held → rejected</td><td>reclame &lt;b&gt;</td>"))

            // Deciding again from a stale page is a conflict that changes nothing.
            let again = try await browser.post("/moderate/decide", [("back", "/moderate/items/\(held.id)"), ("decide", "approve \(held.id)")])
            #expect(again.headers[.location]?.hasSuffix("decided=0&unchanged=0&conflicts=1") == true)
            #expect(try await server.store.heldColumn(rowID: held.rowID)?.status == .rejected)
        }
    }

    @Test func unknownColumnsAnswer404AndThePageNeedsASession() async throws {
        let (server, held) = try await serverWithAHostileColumn()
        try await server.test { client in
            var anonymous = WebBrowser(client)
            #expect(try await anonymous.get("/moderate/items/\(held.id)").status == .unauthorized)
            var browser = WebBrowser(client)
            try await browser.signIn("anja")
            for id in ["column-999", "column-0", "column-x"] {
                let response = try await browser.get("/moderate/items/\(id)")
                #expect(response.status == .notFound, "\(id)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
            // A form without the session's CSRF token decides nothing.
            let forged = try await browser.post("/moderate/decide", [("decide", "approve \(held.id)"), ("csrf", "nep")], addingCSRF: false)
            #expect(forged.status == .forbidden)
            #expect(try await server.store.heldColumn(rowID: held.rowID)?.status == .held)
        }
    }
}
