import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

/// The moderation UI in a real browser: headless Chromium driven through chromedriver (WebDriver).
///
/// Skipped, with a note, where chromedriver is not installed; `.ci/run` installs Debian's
/// `chromium` and `chromium-driver` and sets `STEMPEL_BROWSER_TEST=1`, so that there it always
/// runs. `STEMPEL_SCREENSHOT=path` saves a screenshot of the queue (docs/moderation-queue.png).
@Suite(.serialized) struct BrowserModerationTests {
    @Test(.enabled(if: ChromeDriver.shouldRun, "needs chromium and chromedriver: apt-get install chromium chromium-driver"))
    func aModeratorSignsInApprovesAHeldCommentWithTheKeyboardAndSignsOut() async throws {
        let server = try await TestServer { configuration in
            configuration.site.baseURL = "http://127.0.0.1"
            // Hold everything, so that the XSS payload reaches the queue whatever the rules think of it.
            configuration.moderation.policy.holdAt = -1_000
            configuration.moderation.policy.rejectAt = 1_000
        }
        _ = try await server.addModerator("anja")
        let driver = try await ChromeDriver()
        defer { driver.stop() }
        let endpoint = driver.endpoint
        try await server.test(.live) { client in
            let port = try #require(client.port)
            let site = "http://127.0.0.1:\(port)"
            let shout = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!", name: "Boze Bert").json["id"] as? String)
            _ = try await client.postComment(
                "Kijk op https://a.example en https://b.example voor de beste aanbiedingen",
                name: "Linkje",
                email: "link@example.nl",
                column: "wachten-op-de-monteur"
            )
            let payload = #"<script>window.stempelXSS = 1; alert(1)</script><img src=x onerror="window.stempelXSS = 2; alert(2)">"#
            let xss = try #require(try await client.postComment(payload, name: "Mallory", email: "m@example.nl").json["id"] as? String)

            let browser = try await WebDriver.start(endpoint: endpoint, chromium: ChromeDriver.chromiumPath)
            do {
                try await browser.open("\(site)/moderate/login?lang=nl")
                try await browser.type("anja", into: try await browser.element("#name"))
                try await browser.type("geheim-wachtwoord", into: try await browser.element("#password"))
                try await browser.click(try await browser.element("main form button[type=submit]"))
                #expect(try await browser.waitForURL("\(site)/moderate/queue") == "\(site)/moderate/queue")

                // The held comment with its reasons, as a person reads them.
                let item = try await browser.text(of: try await browser.element("#item-\(shout)"))
                #expect(item.contains("JA, MAAR DIE MAP IS NIET NIEUW MEER!"))
                #expect(item.contains("Schreeuwen") && item.contains("of the letters are capitals"))
                // The payload is shown as text and never ran: no alert, no global it would set.
                let body = try await browser.text(of: try await browser.element("#item-\(xss) .body"))
                #expect(body == payload)
                #expect(try await browser.alertText() == nil)
                #expect(try await browser.execute("return typeof window.stempelXSS") as? String == "undefined")
                if let path = ProcessInfo.processInfo.environment["STEMPEL_SCREENSHOT"] {
                    try await browser.screenshot().write(to: URL(fileURLWithPath: path))
                }

                // The keyboard (moderate.js): j selects the first comment and moves the focus to it
                // (screen readers follow, Tab goes on from there), a approves it.
                try await browser.press("j")
                #expect(try await browser.execute("return document.activeElement.id") as? String == "select-\(shout)")
                try await browser.press("a")
                let decided = "\(site)/moderate/queue?decided=1&unchanged=0&conflicts=0"
                let afterKeys = try await browser.waitForURL(decided)
                #expect(afterKeys == decided)
                #expect(try await browser.source().contains("Besloten: 1."))
                #expect(try await server.store.comment(id: shout)?.status == .approved)
                #expect(try await server.store.comment(id: xss)?.status == .held)
                let feed = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(feed.text.contains(#"thr:count="1""#))

                // The item's page: its history names who approved it.
                try await browser.open("\(site)/moderate/items/\(shout)")
                let history = try await browser.text(of: try await browser.element("table tbody"))
                #expect(history.contains("de regels") && history.contains("anja") && history.contains("vastgehouden → goedgekeurd"))
                if let path = ProcessInfo.processInfo.environment["STEMPEL_SCREENSHOT_ITEM"] {
                    try await browser.screenshot().write(to: URL(fileURLWithPath: path))
                }

                try await browser.click(try await browser.element("header form button[type=submit]"))
                #expect(try await browser.waitForURL("\(site)/moderate/login") == "\(site)/moderate/login")
                try await browser.open("\(site)/moderate/queue")
                #expect(try await browser.source().contains("Log eerst in."))
            } catch {
                await browser.quit()
                throw error
            }
            await browser.quit()
        }
    }
}
