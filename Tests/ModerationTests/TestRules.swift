import Foundation
import ModerationKit

/// Rules with fixed behaviour, to drive the engine.
struct FixedScoreRule: ModerationRule {
    static let identifier = "fixed-score"
    static let summary = "Scores every submission the same."

    struct Options: RuleOptions {
        var score: Double = 0
        var action: ForcedAction?
    }

    let options: Options

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        [Finding(score: options.score, reason: "always \(options.score)", action: options.action)]
    }
}

struct OtherScoreRule: ModerationRule {
    static let identifier = "other-score"
    static let summary = "Scores every submission the same, a second time."
    let options: FixedScoreRule.Options

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        [Finding(score: options.score, reason: "also \(options.score)", action: options.action)]
    }
}

struct ThrowingRule: ModerationRule {
    static let identifier = "throwing"
    static let summary = "Always fails."
    struct Failure: Error, CustomStringConvertible { var description: String { "boom" } }
    init(options: NoOptions) {}

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        throw Failure()
    }
}

/// Ignores cancellation for two seconds, as a badly written rule would.
struct StuckRule: ModerationRule {
    static let identifier = "stuck"
    static let summary = "Never finishes in time."
    init(options: NoOptions) {}

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        await Task.detached { try? await Task.sleep(for: .seconds(2)) }.value
        return [Finding(score: -100, reason: "too late", action: .approve)]
    }
}

/// Asks the context about history, to prove the engine passes it through.
struct HistoryRule: ModerationRule {
    static let identifier = "history"
    static let summary = "Scores repeat bodies."
    init(options: NoOptions) {}

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        try await context.hasSeenBody(submission.body) ? [Finding(score: 7, reason: "seen before")] : []
    }
}

/// Keeps its thread busy past any short deadline without suspending, as a slow rule would.
struct BusyRule: ModerationRule {
    static let identifier = "busy"
    static let summary = "Computes for 80 ms."
    init(options: NoOptions) {}

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        let clock = ContinuousClock()
        let end = clock.now + .milliseconds(80)
        while clock.now < end {}
        return [Finding(score: -100, reason: "too late", action: .approve)]
    }
}

/// Waits an hour, ignoring cancellation: the engine must give up on it, never wait for it.
struct ForeverRule: ModerationRule {
    static let identifier = "forever"
    static let summary = "Never finishes."
    init(options: NoOptions) {}

    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        await Task.detached { try? await Task.sleep(for: .seconds(3_600)) }.value
        return [Finding(score: -100, reason: "far too late", action: .approve)]
    }
}
