import ModerationKit
import ModerationKitTesting
import ShortLinkRule
import Testing

@Suite struct ShortLinkDetectorTests {
    let rule = ShortLinkDetector(options: .init())

    @Test func flagsAShortenedLink() async throws {
        let findings = try await rule.findings(for: "Lees meer op https://bit.ly/3xYzAb voor korting")
        #expect(findings == [Finding(score: 3, reason: "a shortened link (bit.ly)")])
    }

    @Test func countsSeveralAndSubdomains() async throws {
        let findings = try await rule.findings(for: "http://tinyurl.com/abc en www.bit.ly/x en https://go.rebrand.ly/y")
        #expect(findings.first?.reason == "3 shortened links (tinyurl.com, …)")
    }

    @Test(arguments: [
        "Wat een mooi verhaal, herkenbaar!",
        "Zie https://www.consumentenbond.nl/klachten voor je rechten",
        "Ik las het via bit.ly, grappig",
        "mailto:bit.ly/x is geen link",
        "",
        "😀😀",
    ])
    func leavesOrdinaryTextAlone(body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func optionsAddHostsAndChangeTheScore() async throws {
        let rule = try ShortLinkDetector.decoded(fromJSON: #"{"extraHosts": ["kort.nl"], "score": 6}"#)
        #expect(try await rule.findings(for: "kijk op kort.nl/abc").first?.score == 6)
        #expect(try await rule.totalScore(for: "kijk op bit.ly/abc") == 6)
        let replaced = try ShortLinkDetector.decoded(fromJSON: #"{"hosts": ["kort.nl"]}"#)
        #expect(try await replaced.findings(for: "kijk op bit.ly/abc").isEmpty)
    }

    @Test func emptyOptionsKeepTheDefaults() throws {
        #expect(try ShortLinkDetector.decoded(fromJSON: "{}").options == ShortLinkDetector.Options())
    }

    @Test(arguments: [#"{"score": -1}"#, #"{"score": "veel"}"#, #"{"hosts": ["https://bit.ly"]}"#, #"{"extraHosts": [""]}"#])
    func badOptionsAreRefused(json: String) {
        #expect(throws: DecodingError.self) { try ShortLinkDetector.decoded(fromJSON: json) }
    }
}
