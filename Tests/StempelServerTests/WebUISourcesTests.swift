import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

/// The sources page: every subscribed feed with its polling status, escaped, for any moderator.
@Suite struct WebUISourcesTests {
    @Test func everySourceIsListedWithItsStatusAndEveryRemoteStringEscaped() async throws {
        let server = try await TestServer()
        _ = try await server.addModerator("anja")
        let failing = try await server.store.addSource(
            SourceDraft(url: "https://blog.example.org/feed.atom?a=1&b=2", name: #"Het "blog"<script>alert(1)</script>"#))
        try await server.store.applyPoll(
            SourcePollUpdate(
                sourceID: failing.id,
                state: SourceState(
                    lastFetchAt: Date(timeIntervalSince1970: 1_780_000_000), lastStatus: "HTTP 500",
                    lastError: "answered 500: <b>kapot</b>", nextPollAt: Date(timeIntervalSince1970: 1_780_000_600), failureCount: 3)))
        _ = try await server.store.addSource(SourceDraft(url: "https://vakblad.example.nl/rss", name: "Vakblad", trust: .trusted))
        try await server.test { client in
            var anonymous = WebBrowser(client)
            #expect(try await anonymous.get("/moderate/sources").status == .unauthorized)

            var browser = WebBrowser(client)
            try await browser.signIn("anja")
            let page = try await browser.get("/moderate/sources", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            let html = browser.page
            #expect(html.contains(#"<a href="/moderate/sources">Sources</a>"#))
            #expect(html.contains("Het &quot;blog&quot;&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("https://blog.example.org/feed.atom?a=1&amp;b=2"))
            #expect(html.contains("answered 500: &lt;b&gt;kapot&lt;/b&gt;"))
            #expect(!html.contains("<script>alert") && !html.contains("<b>kapot"))
            #expect(html.contains(#"<time datetime="2026-05-28T20:26:40Z">2026-05-28 20:26 UTC</time>"#))
            #expect(html.contains("Failures in a row: 3"))
            #expect(html.contains("<td>moderated") && html.contains("<td>trusted"))
            #expect(html.contains("not polled yet"))
            #expect(html.contains(#"<th scope="col">Last poll</th>"#))

            try await browser.get("/moderate/sources", headers: [.acceptLanguage: "nl"])
            #expect(browser.page.contains("Bronnen en hun status") && browser.page.contains("Mislukt op rij: 3"))
        }
    }

    @Test func withoutSourcesThePageSaysSo() async throws {
        let server = try await TestServer()
        _ = try await server.addModerator("anja")
        try await server.test { client in
            var browser = WebBrowser(client)
            try await browser.signIn("anja")
            #expect(try await browser.get("/moderate/sources?lang=en").status == .ok)
            #expect(browser.page.contains("No feed is subscribed."))
        }
    }
}
