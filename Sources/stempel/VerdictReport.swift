import Foundation
import Moderation

/// How `stempel check` prints a verdict.
enum VerdictReport {
    /// The status and the findings; with `explain`, every rule with its time, even the silent ones.
    static func text(_ verdict: Verdict, explain: Bool = false) -> String {
        var lines = ["\(verdict.status.rawValue) (score \(format(verdict.totalScore)))"]
        guard explain else {
            lines += verdict.findings.map { "  \(describe($0))" }
            if verdict.findings.isEmpty { lines.append("  no findings") }
            return lines.joined(separator: "\n")
        }
        for run in verdict.runs {
            let findings = verdict.findings.filter { $0.rule == run.rule }
            let time = String(format: "%.3f ms", run.milliseconds)
            let outcome = run.outcome == .completed ? "" : ", \(run.outcome.rawValue)"
            lines.append("  \(run.rule) (\(time)\(outcome))")
            lines += findings.isEmpty ? ["    no findings"] : findings.map { "    \(describe($0, withRule: false))" }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ verdict: Verdict) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let report = Report(status: verdict.status.rawValue, score: verdict.totalScore, findings: verdict.findings, runs: verdict.runs)
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    private struct Report: Encodable {
        var status: String
        var score: Double
        var findings: [RuleFinding]
        var runs: [RuleRun]
    }

    private static func describe(_ finding: RuleFinding, withRule: Bool = true) -> String {
        let action = finding.action.map { ", forces \($0.rawValue)" } ?? ""
        return "\(withRule ? "\(finding.rule): " : "")\(format(finding.score))\(action): \(finding.reason)"
    }

    private static func format(_ score: Double) -> String {
        score.rounded() == score ? String(Int(score)) : String(format: "%.2f", score)
    }
}
