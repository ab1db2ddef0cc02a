import Foundation
import MetricsTestKit
import Moderation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite struct ModerationEngineTests {
    private func engine(score: Double, action: ForcedAction? = nil, weight: Double = 1, policy: ModerationPolicy = .init()) -> ModerationEngine {
        var options = FixedScoreRule.Options()
        options.score = score
        options.action = action
        return ModerationEngine(
            rules: [ConfiguredRule(identifier: "fixed-score", weight: weight, timeout: .seconds(30), rule: FixedScoreRule(options: options))],
            policy: policy)
    }

    private func judge(_ engine: ModerationEngine) async -> Verdict {
        await engine.judge(.sample(body: "Mooi verhaal"), history: RecordedHistory())
    }

    @Test(arguments: [(0.0, ModerationStatus.approved), (4.99, .approved), (5, .held), (9.99, .held), (10, .rejected), (-3, .approved)])
    func defaultPolicyThresholds(score: Double, expected: ModerationStatus) async {
        let verdict = await judge(engine(score: score))
        #expect(verdict.status == expected)
        #expect(verdict.totalScore == score)
    }

    @Test func weightMultipliesScores() async {
        let verdict = await judge(engine(score: 3, weight: 2))
        #expect(verdict.totalScore == 6)
        #expect(verdict.findings.first?.score == 6)
        #expect(verdict.status == .held)
    }

    @Test func configurablePolicy() async {
        let verdict = await judge(engine(score: 3, policy: ModerationPolicy(holdAt: 2, rejectAt: 3)))
        #expect(verdict.status == .rejected)
    }

    @Test func forcedActionOverridesScore() async {
        #expect(await judge(engine(score: 50, action: .approve)).status == .approved)
        #expect(await judge(engine(score: -50, action: .reject)).status == .rejected)
        #expect(await judge(engine(score: 0, action: .hold)).status == .held)
    }

    @Test func strictestForcedActionWins() async {
        var approve = FixedScoreRule.Options()
        approve.action = .approve
        var reject = FixedScoreRule.Options()
        reject.action = .reject
        let engine = ModerationEngine(rules: [
            ConfiguredRule(identifier: "fixed-score", timeout: .seconds(30), rule: FixedScoreRule(options: approve)),
            ConfiguredRule(identifier: "other-score", timeout: .seconds(30), rule: OtherScoreRule(options: reject)),
        ])
        #expect(await judge(engine).status == .rejected)
    }

    @Test func failingRuleHolds() async {
        let engine = ModerationEngine(rules: [
            ConfiguredRule(identifier: "fixed-score", timeout: .seconds(30), rule: FixedScoreRule(options: .init(score: -20, action: .approve))),
            ConfiguredRule(identifier: "throwing", timeout: .seconds(30), rule: ThrowingRule(options: NoOptions())),
        ])
        let verdict = await judge(engine)
        #expect(verdict.status == .held)
        #expect(verdict.runs.map(\.outcome) == [.completed, .failed])
        #expect(verdict.findings.contains { $0.rule == "throwing" && $0.reason.contains("boom") && $0.action == .hold })
    }

    @Test func ruleThatRunsOutOfTimeHolds() async {
        let engine = ModerationEngine(rules: [ConfiguredRule(identifier: "stuck", timeout: .milliseconds(50), rule: StuckRule(options: NoOptions()))])
        let verdict = await judge(engine)
        #expect(verdict.status == .held)
        #expect(verdict.runs.first?.outcome == .timedOut)
        #expect(verdict.findings.first?.reason == "the rule did not finish within 50 ms")
    }

    // The rule in the middle waits an hour: the verdict arriving at all (within the time limit,
    // which allows for a loaded machine) shows that the engine gave it up instead of waiting.
    @Test(.timeLimit(.minutes(1))) func rulesAfterAStuckRuleStillRun() async {
        let engine = ModerationEngine(rules: [
            ConfiguredRule(identifier: "fixed-score", timeout: .seconds(30), rule: FixedScoreRule(options: .init(score: 1))),
            ConfiguredRule(identifier: "forever", timeout: .milliseconds(50), rule: ForeverRule(options: NoOptions())),
            ConfiguredRule(identifier: "other-score", timeout: .seconds(30), rule: OtherScoreRule(options: .init(score: 2))),
        ])
        let verdict = await judge(engine)
        #expect(verdict.runs.map(\.outcome) == [.completed, .timedOut, .completed])
        #expect(verdict.status == .held)
        #expect(verdict.totalScore == 3)
    }

    @Test func aRuleThatOverrunsWithoutSuspendingHolds() async {
        let engine = ModerationEngine(rules: [
            ConfiguredRule(identifier: "busy", timeout: .milliseconds(20), rule: BusyRule(options: NoOptions())),
            ConfiguredRule(identifier: "fixed-score", timeout: .seconds(30), rule: FixedScoreRule(options: .init(score: 1))),
        ])
        let verdict = await judge(engine)
        #expect(verdict.runs.map(\.outcome) == [.timedOut, .completed])
        #expect(verdict.status == .held)
        #expect(verdict.findings.first?.reason == "the rule did not finish within 20 ms")
    }

    @Test func verdictRecordsEveryRuleInOrder() async {
        let engine = ModerationEngine(rules: [
            ConfiguredRule(identifier: "fixed-score", timeout: .seconds(30), rule: FixedScoreRule(options: .init(score: 1))),
            ConfiguredRule(identifier: "other-score", timeout: .seconds(30), rule: OtherScoreRule(options: .init(score: 2))),
        ])
        let verdict = await judge(engine)
        #expect(verdict.findings.map(\.rule) == ["fixed-score", "other-score"])
        #expect(verdict.runs.map(\.rule) == ["fixed-score", "other-score"])
        #expect(verdict.runs.allSatisfy { $0.milliseconds >= 0 })
        #expect(verdict.totalScore == 3)
    }

    @Test func rulesSeeHistory() async {
        var history = RecordedHistory()
        history.record(.sample(body: "Kopie"))
        let engine = ModerationEngine(rules: [ConfiguredRule(identifier: "history", timeout: .seconds(30), rule: HistoryRule(options: NoOptions()))])
        #expect(await engine.judge(.sample(body: "  Kopie "), history: history).status == .held)
        #expect(await engine.judge(.sample(body: "Nieuw"), history: history).status == .approved)
    }
}

@Suite struct ModerationEngineMetricsTests {
    @Test func everyRuleReportsEvaluationsFindingsFailuresAndTime() async throws {
        let metrics = TestMetrics()
        let engine = ModerationEngine(
            rules: [
                ConfiguredRule(identifier: "fixed-score", timeout: .seconds(30), rule: FixedScoreRule(options: .init(score: 1))),
                ConfiguredRule(identifier: "throwing", timeout: .seconds(30), rule: ThrowingRule(options: NoOptions())),
            ],
            metricsFactory: metrics
        )
        _ = await engine.judge(.sample(body: "een"), history: RecordedHistory())
        _ = await engine.judge(.sample(body: "twee"), history: RecordedHistory())
        #expect(try metrics.expectCounter("stempel_rule_evaluations_total", [("rule", "fixed-score")]).totalValue == 2)
        #expect(try metrics.expectCounter("stempel_rule_findings_total", [("rule", "fixed-score")]).totalValue == 2)
        #expect(try metrics.expectCounter("stempel_rule_failures_total", [("rule", "throwing"), ("outcome", "failed")]).totalValue == 2)
        #expect(try metrics.expectTimer("stempel_rule_duration_seconds", [("rule", "fixed-score")]).values.count == 2)
        #expect(try metrics.expectCounter("stempel_verdicts_total", [("status", "held")]).totalValue == 2)
    }
}
