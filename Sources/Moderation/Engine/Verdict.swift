import Foundation
import ModerationKit

/// The engine's judgement of one submission: the status, the score, and every reason.
public struct Verdict: Sendable, Hashable, Codable {
    /// The resulting status.
    public var status: ModerationStatus
    /// The sum of every finding's weighted score.
    public var totalScore: Double
    /// Every finding of every rule, in rule order.
    public var findings: [RuleFinding]
    /// How each rule ran: its time and whether it finished.
    public var runs: [RuleRun]

    /// Creates a verdict.
    public init(status: ModerationStatus, totalScore: Double, findings: [RuleFinding], runs: [RuleRun]) {
        self.status = status
        self.totalScore = totalScore
        self.findings = findings
        self.runs = runs
    }
}

/// A finding as recorded in a verdict: which rule said it, and its score after the rule's weight.
public struct RuleFinding: Sendable, Hashable, Codable {
    /// The rule's identifier.
    public var rule: String
    /// The finding's score multiplied by the rule's weight.
    public var score: Double
    /// The rule's reason.
    public var reason: String
    /// The action the rule forced, if any.
    public var action: ForcedAction?

    /// Creates a recorded finding.
    public init(rule: String, score: Double, reason: String, action: ForcedAction? = nil) {
        self.rule = rule
        self.score = score
        self.reason = reason
        self.action = action
    }
}

/// How one rule ran for one submission.
public struct RuleRun: Sendable, Hashable, Codable {
    /// The rule's identifier.
    public var rule: String
    /// How long it took, in milliseconds (the deadline, if it ran out of time).
    public var milliseconds: Double
    /// How it ended.
    public var outcome: Outcome

    /// Creates a run record.
    public init(rule: String, milliseconds: Double, outcome: Outcome) {
        self.rule = rule
        self.milliseconds = milliseconds
        self.outcome = outcome
    }

    /// How a rule's evaluation ended.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// It returned findings (possibly none).
        case completed
        /// It threw an error.
        case failed
        /// It did not return before its deadline.
        case timedOut = "timed-out"
    }
}
