import Foundation
import Moderation
import ModerationKit
import Testing

@Suite struct EngineConfigurationTests {
    let registry = RuleRegistry([
        RuleFactory(FixedScoreRule.self),
        RuleFactory(OtherScoreRule.self, enabledByDefault: false),
    ])

    @Test func defaultsEnableOnlyDefaultRules() throws {
        let engine = try ModerationEngine(configuration: ModerationConfiguration(), registry: registry)
        #expect(engine.rules.map(\.identifier) == ["fixed-score"])
        #expect(engine.rules.first?.timeout == .milliseconds(100))
    }

    @Test func settingsEnableWeighAndConfigure() async throws {
        let configuration = ModerationConfiguration(rules: [
            "fixed-score": RuleSettings(enabled: false),
            "other-score": RuleSettings(enabled: true, weight: 2, timeoutMilliseconds: 250, options: .object(["score": .number(3)])),
        ])
        let engine = try ModerationEngine(configuration: configuration, registry: registry)
        #expect(engine.rules.map(\.identifier) == ["other-score"])
        #expect(engine.rules.first?.timeout == .milliseconds(250))
        let verdict = await engine.judge(Submission(body: "x", author: .init(name: "a"), column: "c"), history: EmptyHistory())
        #expect(verdict.totalScore == 6)
    }

    @Test func unknownRuleIsNamed() {
        let configuration = ModerationConfiguration(rules: ["shoutng": RuleSettings()])
        #expect {
            try ModerationEngine(configuration: configuration, registry: registry)
        } throws: { error in
            "\(error)".hasPrefix("rules.shoutng: no such rule") && "\(error)".contains("fixed-score")
        }
    }

    @Test func badOptionsNameTheKey() {
        let configuration = ModerationConfiguration(rules: ["fixed-score": RuleSettings(options: .object(["score": .string("veel")]))])
        #expect {
            try ModerationEngine(configuration: configuration, registry: registry)
        } throws: { error in
            "\(error)" == "rules.fixed-score.options.score: expected a number"
        }
    }

    @Test func misspeltOptionIsNamed() {
        let configuration = ModerationConfiguration(rules: [
            "fixed-score": RuleSettings(options: .object(["score": .number(1), "scroe": .number(2)]))
        ])
        #expect {
            try ModerationEngine(configuration: configuration, registry: registry)
        } throws: { error in
            "\(error)".hasPrefix("rules.fixed-score.options.scroe: unknown option 'scroe'")
        }
    }

    @Test func registryReplacesDuplicates() {
        let registry = RuleRegistry([RuleFactory(FixedScoreRule.self), RuleFactory(FixedScoreRule.self, enabledByDefault: false)])
        #expect(registry.identifiers == ["fixed-score"])
        #expect(registry["fixed-score"]?.enabledByDefault == false)
    }

    @Test func configValueRoundTripsJSON() throws {
        let json = #"{"a":[1,2.5,"x",true,null],"b":{"c":-3}}"#
        let value = try JSONDecoder().decode(ConfigValue.self, from: Data(json.utf8))
        #expect(value == .object(["a": .array([.number(1), .number(2.5), .string("x"), .bool(true), .null]), "b": .object(["c": .number(-3)])]))
        struct Shape: Decodable, Equatable { var b: [String: Int] }
        #expect(try value.decode(Shape.self) == Shape(b: ["c": -3]))
    }

    @Test func ruleSettingsRejectUnknownKeysAndBadValues() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RuleSettings.self, from: Data(#"{"wieght": 2}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RuleSettings.self, from: Data(#"{"timeout_ms": 0}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ModerationPolicy.self, from: Data(#"{"hold_at": 12}"#.utf8)) }
    }
}

private struct EmptyHistory: SubmissionHistory {
    func approvedCommentCount(by author: Submission.Author) async throws -> Int { 0 }
    func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int { 0 }
    func hasSeenBody(_ body: String) async throws -> Bool { false }
}
