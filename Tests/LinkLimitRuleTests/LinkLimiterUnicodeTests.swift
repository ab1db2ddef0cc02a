import LinkLimitRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("LinkLimiter on Unicode and edge cases")
struct LinkLimiterUnicodeTests {
    let rule = LinkLimiter(options: .init())

    @Test(arguments: ["", "   \n\t", "!!! ??? ...", "😀🎉👨‍👩‍👧‍👦 www", "awww.nee", "Één café.Daarna", "<a <a <abbr>"])
    func textWithoutLinksHasNoFindings(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func internationalizedDomainsCount() async throws {
        #expect(try await rule.findings(for: "https://café.example/menu en www.bücher.example").map(\.reason) == ["2 links (at most 1 allowed)"])
    }

    @Test func internationalizedAllowedDomainMatches() async throws {
        var options = LinkLimiter.Options()
        options.allowedDomains = ["café.example"]
        #expect(try await LinkLimiter(options: options).findings(for: "https://café.example/a https://www.café.example/b").isEmpty)
    }

    @Test func linksBetweenEmojiCount() async throws {
        #expect(try await rule.findings(for: "🎉https://a.example🎉 🎉www.b.example").map(\.reason) == ["2 links (at most 1 allowed)"])
    }

    // Repeated, these would take minutes if the scan were quadratic: the time limit catches that
    // without timing a healthy run, which a machine busy with parallel tests can slow down.
    @Test(.timeLimit(.minutes(1)), arguments: ["<a href=x ", "<a href=x>", "<a <a title=", "www.", "a.b.c.d.e.f", "http://"])
    func hostileInputStaysLinear(_ piece: String) async throws {
        let body = String(repeating: piece, count: 20_000)
        _ = try await rule.findings(for: body)
    }

    @Test func manyLinksAreAllCounted() async throws {
        let body = (1...50).map { "https://spam\($0).example" }.joined(separator: " ")
        #expect(try await rule.findings(for: body).map(\.reason) == ["50 links (at most 1 allowed)"])
    }
}
