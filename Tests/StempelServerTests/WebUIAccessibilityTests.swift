import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

/// Every page of the moderation UI, checked for what assistive technology relies on: the
/// document's language, one `main` landmark with the skip link's target, one `h1`, a labelled
/// navigation, and a label for every form control that a person fills in or ticks.
@Suite struct WebUIAccessibilityTests {
    /// What is wrong with a page's markup; empty when nothing is.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        func count(_ pattern: String) -> Int { html.components(separatedBy: pattern).count - 1 }
        if !html.contains(#"<html lang=""#) { problems.append("no lang on <html>") }
        if count(#"<main id="main""#) != 1 { problems.append("not exactly one <main id=\"main\">") }
        if !html.contains(##"<a class="skip" href="#main">"##) { problems.append("no skip link to #main") }
        if count("<h1") != 1 { problems.append("not exactly one <h1>") }
        if !html.contains(#"<nav aria-label=""#) && html.contains("<nav") { problems.append("an unlabelled <nav>") }
        // Every input a person uses (not hidden fields, not buttons), select and textarea.
        let controls = try! NSRegularExpression(pattern: #"<(input|select|textarea)\b[^>]*>"#)
        for match in controls.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let range = Range(match.range, in: html) else { continue }
            let tag = String(html[range])
            if tag.contains(#"type="hidden""#) || tag.contains(#"type="submit""#) { continue }
            if tag.contains("aria-label=") || tag.contains("aria-labelledby=") { continue }
            guard let id = tag.range(of: #"id="[^"]+""#, options: .regularExpression).map({ String(tag[$0].dropFirst(4).dropLast()) }) else {
                problems.append("a control without an id or aria-label: \(tag)")
                continue
            }
            if !html.contains(#"<label for="\#(id)""#) { problems.append("no <label for=\"\(id)\">: \(tag)") }
        }
        return problems
    }

    @Test func everyPageHasItsLandmarksAndEveryControlItsLabel() async throws {
        let server = try await TestServer { configuration in
            configuration.moderation.policy.holdAt = -1_000
            configuration.moderation.policy.rejectAt = 1_000
        }
        _ = try await server.addModerator("beheer", role: .admin)
        try await server.holdColumns(["een-gehouden-column"])
        _ = try await server.store.addSource(SourceDraft(url: "https://vakblad.example.nl/rss", name: "Vakblad"))
        let column = try #require(try await server.store.heldColumns(QueueQuery()).first)
        try await server.test { client in
            let comment = try #require(try await client.postComment("Een reactie die wacht.").json["id"] as? String)
            var browser = WebBrowser(client)
            try await browser.get("/moderate/login")
            #expect(Self.problems(in: browser.page) == [], "/moderate/login")
            try await browser.signIn("beheer")
            let pages = [
                "/moderate/queue", "/moderate/items/\(comment)", "/moderate/items/\(column.id)", "/moderate/authors", "/moderate/sources",
                "/moderate/accounts",
            ]
            for page in pages {
                for language in ["nl", "en"] {
                    let response = try await browser.get("\(page)?lang=\(language)")
                    #expect(response.status == .ok, "\(page)")
                    #expect(Self.problems(in: browser.page) == [], "\(page) in \(language)")
                }
            }
        }
    }

    @Test func theCheckerFindsWhatIsMissing() {
        let bad = #"<html><body><h1>a</h1><h1>b</h1><input id="x" name="x"><select name="y"></select></body></html>"#
        let problems = Self.problems(in: bad)
        #expect(problems.contains("no lang on <html>") && problems.contains("not exactly one <h1>"))
        #expect(problems.contains { $0.hasPrefix(#"no <label for="x">"#) } && problems.contains { $0.hasPrefix("a control without an id") })
    }
}
