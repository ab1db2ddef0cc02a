import Foundation
import Moderation
import ModerationKit
import Testing

@testable import Storage

@Suite struct VerdictJSONTests {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    private static func randomText(using generator: inout some RandomNumberGenerator) -> String {
        // Control characters, quotes, slashes, backslashes, accents, emoji and plain words.
        let pieces = [
            "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{a}", "\u{c}", "\u{d}", "\u{1f}", "\u{7f}", "\"", "\\", "/", "é", "ë", "😀", "\u{2028}", " ",
            "link", "http://x.nl/a?b=c",
        ]
        return (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func findingsAndRunsAreWhatJSONEncoderWrites() throws {
        var generator = SystemRandomNumberGenerator()
        let scores: [Double] = [0, 5, -2.5, 0.1, 1e-7, 123_456_789.125, 1e21, 3.000_000_000_000_000_4, 0.000_123]
        for _ in 0..<2000 {
            let findings = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                RuleFinding(
                    rule: Self.randomText(using: &generator),
                    score: scores.randomElement(using: &generator)! * Double.random(in: 0...3, using: &generator),
                    reason: Self.randomText(using: &generator), action: [nil, .approve, .hold, .reject].randomElement(using: &generator)!)
            }
            let runs = (0..<Int.random(in: 0...11, using: &generator)).map { _ in
                RuleRun(
                    rule: Self.randomText(using: &generator), milliseconds: Double.random(in: 0...200, using: &generator),
                    outcome: [.completed, .failed, .timedOut].randomElement(using: &generator)!)
            }
            #expect(try VerdictJSON.findings(findings) == String(decoding: try Self.encoder.encode(findings), as: UTF8.self))
            #expect(try VerdictJSON.runs(runs) == String(decoding: try Self.encoder.encode(runs), as: UTF8.self))
        }
    }

    @Test func aNumberJSONCannotHoldIsRefusedAsJSONEncoderRefusesIt() {
        #expect(throws: VerdictJSON.NonFiniteNumber.self) { try VerdictJSON.findings([RuleFinding(rule: "r", score: .nan, reason: "x")]) }
        #expect(throws: VerdictJSON.NonFiniteNumber.self) { try VerdictJSON.runs([RuleRun(rule: "r", milliseconds: .infinity, outcome: .completed)]) }
    }
}
