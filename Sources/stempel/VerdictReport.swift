import Foundation
import Moderation

/// How `stempel check` prints a verdict.
enum VerdictReport {
    static func text(_ verdict: Verdict) -> String {
        var lines = ["\(verdict.status.rawValue) (score \(format(verdict.totalScore)))"]
        for finding in verdict.findings {
            let action = finding.action.map { ", forces \($0.rawValue)" } ?? ""
            lines.append("  \(finding.rule): \(format(finding.score))\(action): \(finding.reason)")
        }
        if verdict.findings.isEmpty { lines.append("  no findings") }
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

    private static func format(_ score: Double) -> String {
        score.rounded() == score ? String(Int(score)) : String(format: "%.2f", score)
    }
}
