import CoreMetrics
import Metrics

/// The swift-metrics instruments for one rule, made once when the engine is built.
///
/// - `stempel_rule_evaluations_total{rule}`: evaluations started.
/// - `stempel_rule_findings_total{rule}`: findings reported.
/// - `stempel_rule_failures_total{rule,outcome}`: evaluations that threw or timed out.
/// - `stempel_rule_duration_seconds{rule}`: time per evaluation.
struct RuleMetrics: Sendable {
    let evaluations: Counter
    let findings: Counter
    let failed: Counter
    let timedOut: Counter
    let duration: Timer

    init(rule: String, factory: any MetricsFactory) {
        let dimensions = [("rule", rule)]
        evaluations = Counter(label: "stempel_rule_evaluations_total", dimensions: dimensions, factory: factory)
        findings = Counter(label: "stempel_rule_findings_total", dimensions: dimensions, factory: factory)
        failed = Counter(label: "stempel_rule_failures_total", dimensions: dimensions + [("outcome", "failed")], factory: factory)
        timedOut = Counter(label: "stempel_rule_failures_total", dimensions: dimensions + [("outcome", "timed-out")], factory: factory)
        duration = Timer(label: "stempel_rule_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds, factory: factory)
    }

    func record(_ run: RuleRun, findings count: Int) {
        evaluations.increment()
        findings.increment(by: count)
        duration.recordNanoseconds(Int64(run.milliseconds * 1_000_000))
        switch run.outcome {
        case .completed: break
        case .failed: failed.increment()
        case .timedOut: timedOut.increment()
        }
    }
}
