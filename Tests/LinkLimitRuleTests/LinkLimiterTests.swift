import LinkLimitRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("LinkLimiter with default options")
struct LinkLimiterTests {
    let rule = LinkLimiter(options: .init())

    @Test func identifierAndSummary() {
        #expect(LinkLimiter.identifier == "link-limit")
        #expect(!LinkLimiter.summary.isEmpty)
    }

    @Test func defaults() {
        let options = LinkLimiter.Options()
        #expect(options.maximumLinks == 1)
        #expect(options.allowedDomains.isEmpty)
        #expect(options.score == 5)
    }

    @Test(arguments: [
        "Wat een mooi verhaal, herkenbaar!",
        "Dat was het. Einde.Toch?",
        "Mail me op jan@example.nl als je wilt.",
        "Nou...ja, 3.5/10 vind ik wat streng. En/of niet?",
        "Eén link is prima: https://example.nl/artikel",
        "",
    ])
    func oneLinkOrNoneIsFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func twoLinksAreHeld() async throws {
        let findings = try await rule.findings(for: "Kijk https://a.example/1 en http://b.example/2")
        #expect(findings == [Finding(score: 5, reason: "2 links (at most 1 allowed)")])
    }

    @Test func reasonCountsTheLinks() async throws {
        let findings = try await rule.findings(for: "https://a.nl https://b.nl https://c.nl")
        #expect(findings.map(\.reason) == ["3 links (at most 1 allowed)"])
        #expect(findings.allSatisfy { $0.action == nil })
    }

    @Test(arguments: [
        "HTTPS://SPAM.EXAMPLE/koop en HTTP://SPAM.EXAMPLE/nu",
        "www.spam.example en WWW.spam.example/koop",
        "spam.example/koop en nog eens spam.example/nu",
        #"<a href="https://spam.example">hier</a> en <A HREF='https://spam.example'>daar</A>"#,
        "<a href=https://spam.example>hier</a><a class=x href=/relatief>daar</a>",
        #"<a href="mailto:jan@spam.example">mail</a> en (www.spam.example)"#,
        "Zie “www.spam.example” en https://spam.example.",
    ])
    func everyFormOfLinkCounts(_ body: String) async throws {
        #expect(try await rule.findings(for: body).map(\.reason) == ["2 links (at most 1 allowed)"])
    }

    @Test func anchorShowingItsURLCountsOnce() async throws {
        let body = #"<a href="https://example.nl/artikel">https://example.nl/artikel</a>"#
        #expect(try await rule.findings(for: body).isEmpty)
        let twice = body + " " + body
        #expect(try await rule.findings(for: twice).map(\.reason) == ["2 links (at most 1 allowed)"])
    }

    @Test func anchorWithoutHrefIsNotALink() async throws {
        #expect(try await rule.findings(for: #"<a name="boven">Boven</a> en https://example.nl"#).isEmpty)
    }

    @Test func authorURLDoesNotCount() async throws {
        let submission = Submission.sample(body: "Zie ook https://example.nl/ander-stuk", url: "https://mijn-site.example")
        #expect(rule.evaluate(submission, in: RecordedHistory().context()).isEmpty)
    }

    @Test func urlInsideAnotherURLCountsOnce() async throws {
        #expect(try await rule.findings(for: "https://r.example/?naar=https://spam.example/www.nog.example").isEmpty)
    }

    @Test func schemeWithoutHostIsNotALink() async throws {
        #expect(try await rule.findings(for: "Begin je adres met http:// of https:// en niet met www.").isEmpty)
    }
}
