import CoreMetrics
import Foundation
import Logging
import Metrics
import ModerationKit

/// Runs a site's rules over a submission and applies its policy.
///
/// Rules run one after another in one task, each under its own deadline (see `RuleRace`). A
/// rule that throws or runs out of time is logged with its identifier and makes the submission
/// *held*: a failing rule never approves.
///
/// ```swift
/// let engine = try ModerationEngine(configuration: config, registry: registry, logger: logger)
/// let verdict = await engine.judge(submission, history: store)
/// ```
public struct ModerationEngine: Sendable {
    /// The rules that run, in configuration order.
    public let rules: [ConfiguredRule]
    /// The thresholds applied to the total.
    public let policy: ModerationPolicy
    private let logger: Logger
    private let metrics: [RuleMetrics]
    private let verdicts: [ModerationStatus: Counter]
    private let deadlines = DeadlineWatch()

    /// Creates an engine from already-built rules.
    ///
    /// Per-rule metrics (evaluations, findings, failures, time) and verdicts per status go to
    /// `metricsFactory`, swift-metrics' bootstrapped factory by default.
    public init(
        rules: [ConfiguredRule],
        policy: ModerationPolicy = ModerationPolicy(),
        logger: Logger = Logger(label: "stempel.moderation"),
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.rules = rules
        self.policy = policy
        self.logger = logger
        metrics = rules.map { RuleMetrics(rule: $0.identifier, factory: metricsFactory) }
        verdicts = Dictionary(
            uniqueKeysWithValues: ModerationStatus.allCases.map {
                ($0, Counter(label: "stempel_verdicts_total", dimensions: [("status", $0.rawValue)], factory: metricsFactory))
            }
        )
    }

    /// Builds the enabled rules of `configuration` from `registry`.
    ///
    /// - Throws: ``ModerationSetupError`` naming the rule (and the key) when the configuration
    ///   mentions an unknown rule or gives options the rule cannot decode.
    public init(
        configuration: ModerationConfiguration,
        registry: RuleRegistry,
        logger: Logger = Logger(label: "stempel.moderation"),
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) throws {
        if let unknown = configuration.rules.keys.sorted().first(where: { registry[$0] == nil }) {
            throw ModerationSetupError.unknownRule(unknown, known: registry.identifiers)
        }
        var rules: [ConfiguredRule] = []
        for factory in registry.factories {
            let settings = configuration.rules[factory.identifier] ?? RuleSettings()
            guard settings.enabled ?? factory.enabledByDefault else { continue }
            let rule: any ModerationRule
            do {
                rule = try factory.makeRule(options: settings.options)
            } catch {
                throw ModerationSetupError.invalidOptions(rule: factory.identifier, underlying: error)
            }
            rules.append(
                ConfiguredRule(
                    identifier: factory.identifier,
                    weight: settings.weight,
                    timeout: .milliseconds(configuration.timeoutMilliseconds(of: factory.identifier)),
                    rule: rule
                )
            )
        }
        self.init(rules: rules, policy: configuration.policy, logger: logger, metricsFactory: metricsFactory)
    }

    /// Judges one submission against the history in `history`.
    ///
    /// Pass the request's `logger` to have its metadata (such as Hummingbird's `hb.request.id`)
    /// on the lines about this submission's rules: their findings (debug) and failures (error).
    public func judge(_ submission: Submission, history: any SubmissionHistory, now: Date = Date(), logger: Logger? = nil) async -> Verdict {
        let logger = logger ?? self.logger
        let context = RuleContext(now: now, history: history)
        let outcomes = await RuleRace.run(rules, on: submission, in: context, watchedBy: deadlines)
        var results: [RuleResult] = []
        results.reserveCapacity(rules.count)
        for (index, (configured, outcome)) in zip(rules, outcomes).enumerated() {
            let result = result(of: configured, outcome, logger: logger)
            metrics[index].record(result.run, findings: result.findings.count)
            results.append(result)
        }
        let verdict = verdict(from: results)
        verdicts[verdict.status]?.increment()
        return verdict
    }

    private struct RuleResult {
        var findings: [RuleFinding]
        var run: RuleRun
    }

    private func result(of configured: ConfiguredRule, _ outcome: RuleRace.Outcome, logger: Logger) -> RuleResult {
        let rule = configured.identifier
        switch outcome {
        case .completed(let findings, let elapsed):
            let recorded = findings.map { RuleFinding(rule: rule, score: $0.score * configured.weight, reason: $0.reason, action: $0.action) }
            for finding in recorded {
                // The reason stays out: it may quote the comment, and logs are kept longer than comments.
                logger.debug(
                    "rule finding",
                    metadata: ["rule": "\(rule)", "score": "\(finding.score)", "action": "\(finding.action?.rawValue ?? "none")"])
            }
            return RuleResult(findings: recorded, run: RuleRun(rule: rule, milliseconds: elapsed, outcome: .completed))
        case .failed(let error, let elapsed):
            logger.error("rule failed; holding the submission", metadata: ["rule": "\(rule)", "error": "\(error)"])
            let finding = RuleFinding(rule: rule, score: 0, reason: "the rule failed: \(error)", action: .hold)
            return RuleResult(findings: [finding], run: RuleRun(rule: rule, milliseconds: elapsed, outcome: .failed))
        case .timedOut:
            let limit = configured.timeout.inMilliseconds
            logger.error("rule ran out of time; holding the submission", metadata: ["rule": "\(rule)", "timeout_ms": "\(limit)"])
            let finding = RuleFinding(rule: rule, score: 0, reason: "the rule did not finish within \(Int(limit)) ms", action: .hold)
            return RuleResult(findings: [finding], run: RuleRun(rule: rule, milliseconds: limit, outcome: .timedOut))
        }
    }

    private func verdict(from results: [RuleResult]) -> Verdict {
        let findings = results.flatMap(\.findings)
        let total = findings.reduce(0) { $0 + $1.score }
        let forced = findings.compactMap(\.action).max()
        return Verdict(status: policy.status(total: total, forcedAction: forced), totalScore: total, findings: findings, runs: results.map(\.run))
    }
}
