import Foundation
import LinkLimitRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("LinkLimiter options")
struct LinkLimiterOptionsTests {
    @Test func maximumLinks() async throws {
        var options = LinkLimiter.Options()
        options.maximumLinks = 3
        let rule = LinkLimiter(options: options)
        #expect(try await rule.findings(for: "https://a.nl https://b.nl https://c.nl").isEmpty)
        #expect(try await rule.findings(for: "https://a.nl https://b.nl https://c.nl https://d.nl").map(\.reason) == ["4 links (at most 3 allowed)"])
    }

    @Test func noLinksAllowed() async throws {
        var options = LinkLimiter.Options()
        options.maximumLinks = 0
        let rule = LinkLimiter(options: options)
        #expect(try await rule.findings(for: "Zie www.example.nl").map(\.reason) == ["1 link (none allowed)"])
        #expect(try await rule.findings(for: "Geen links hier.").isEmpty)
    }

    @Test func allowedDomainsAndTheirSubdomainsAreNotCounted() async throws {
        var options = LinkLimiter.Options()
        options.allowedDomains = ["example.nl", "Wikipedia.org"]
        let rule = LinkLimiter(options: options)
        let body = "https://example.nl/a www.example.nl/b https://blog.EXAMPLE.nl:8080/c https://nl.wikipedia.org/wiki/Stempel"
        #expect(try await rule.findings(for: body).isEmpty)
        #expect(try await rule.findings(for: body + " https://spam.example").isEmpty)
        #expect(try await rule.findings(for: body + " https://spam.example https://spam.example/2").map(\.reason) == ["2 links (at most 1 allowed)"])
    }

    @Test(arguments: [
        "https://notexample.nl https://example.nl.spam.example",
        "https://example.nl@spam.example https://user:pw@spam.example/",
        #"<a href="/relatief">a</a> <a href="mailto:jan@example.nl">b</a>"#,
    ])
    func lookalikesOfAnAllowedDomainCount(_ body: String) async throws {
        var options = LinkLimiter.Options()
        options.allowedDomains = ["example.nl"]
        #expect(try await LinkLimiter(options: options).findings(for: body).map(\.reason) == ["2 links (at most 1 allowed)"])
    }

    @Test func score() async throws {
        var options = LinkLimiter.Options()
        options.score = 10
        #expect(try await LinkLimiter(options: options).findings(for: "https://a.nl https://b.nl").map(\.score) == [10])
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try LinkLimiter.decoded(fromJSON: "{}").options == LinkLimiter.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try LinkLimiter.decoded(fromJSON: #"{"allowedDomains": ["example.nl"]}"#).options
        var expected = LinkLimiter.Options()
        expected.allowedDomains = ["example.nl"]
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let options = try LinkLimiter.decoded(fromJSON: #"{"maximumLinks": 0, "allowedDomains": ["a.nl", "b.nl"], "score": 2.5}"#).options
        #expect(options.maximumLinks == 0)
        #expect(options.allowedDomains == ["a.nl", "b.nl"])
        #expect(options.score == 2.5)
    }

    @Test(arguments: [
        (#"{"maximumLinks": "twee"}"#, "maximumLinks"),
        (#"{"maximumLinks": 1.5}"#, "maximumLinks"),
        (#"{"allowedDomains": "example.nl"}"#, "allowedDomains"),
        (#"{"allowedDomains": [1]}"#, "allowedDomains"),
        (#"{"score": "hoog"}"#, "score"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try LinkLimiter.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"maximumLinks": -1}"#, "maximumLinks"),
        (#"{"allowedDomains": ["https://example.nl/"]}"#, "allowedDomains"),
        (#"{"allowedDomains": ["*.example.nl"]}"#, "allowedDomains"),
        (#"{"allowedDomains": [""]}"#, "allowedDomains"),
        (#"{"allowedDomains": [".example.nl"]}"#, "allowedDomains"),
        (#"{"score": -1}"#, "score"),
    ])
    func invalidValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try LinkLimiter.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func optionsRoundTrip() throws {
        var options = LinkLimiter.Options()
        options.maximumLinks = 2
        options.allowedDomains = ["example.nl"]
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try LinkLimiter.decoded(fromJSON: json).options == options)
    }
}
