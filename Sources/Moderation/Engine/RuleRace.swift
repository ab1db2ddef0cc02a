import Foundation
import ModerationKit
import Synchronization

/// Runs a submission's rules one after another in one task, each under its own deadline, and
/// answers once each has finished or passed its deadline.
///
/// One task per rule cost more than most rules do (a task, a wake-up and a context switch
/// each, about 15 % of an evaluation in a profile), and a rule that needs no history never
/// suspends. So one *runner* task evaluates the rules in order, and the engine's
/// ``DeadlineWatch`` looks at the rule the runner is in every few milliseconds (no timer per
/// submission). A rule past its deadline (counted from its own start) is recorded as timed out
/// and its runner cancelled, but never awaited: a new runner goes on with the next rule, so a
/// rule stuck in a loop that ignores cancellation delays the others by its deadline at most. A
/// rule that returns after its deadline, before the watch noticed (a busy CPU), is recorded as
/// timed out too.
final class RuleRace: Sendable {
    /// How one rule's evaluation ended.
    enum Outcome: Sendable {
        case completed([Finding], milliseconds: Double)
        case failed(any Error, milliseconds: Double)
        case timedOut
    }

    private struct State {
        var outcomes: [Outcome?]
        /// The runner allowed to record outcomes; a runner whose rule timed out is superseded.
        var generation = 0
        /// The rule the live runner is in, and when it started.
        var current = 0
        var currentStart: ContinuousClock.Instant
        var finished = false
        var continuation: CheckedContinuation<[Outcome], Never>?
        var runner: Task<Void, Never>?
    }

    private let rules: [ConfiguredRule]
    private let submission: Submission
    private let context: RuleContext
    private let clock = ContinuousClock()
    private let state: Mutex<State>

    private init(rules: [ConfiguredRule], submission: Submission, context: RuleContext) {
        self.rules = rules
        self.submission = submission
        self.context = context
        state = Mutex(State(outcomes: Array(repeating: nil, count: rules.count), currentStart: clock.now))
    }

    /// Evaluates `rules` on `submission`; the outcomes are in rule order.
    static func run(
        _ rules: [ConfiguredRule], on submission: Submission, in context: RuleContext, watchedBy watch: DeadlineWatch
    ) async -> [Outcome] {
        guard !rules.isEmpty else { return [] }
        let race = RuleRace(rules: rules, submission: submission, context: context)
        return await withCheckedContinuation { continuation in
            race.state.withLock { $0.continuation = continuation }
            race.startRunner(from: 0, generation: 0)
            watch.watch(race)
        }
    }

    /// Whether every rule has an outcome; the watch then forgets the race.
    var isFinished: Bool { state.withLock { $0.finished } }

    private func startRunner(from first: Int, generation: Int) {
        let runner = Task { await self.evaluate(from: first, generation: generation) }
        let superseded = state.withLock { state in
            if state.generation == generation, !state.finished { state.runner = runner }
            return state.generation != generation
        }
        if superseded { runner.cancel() }
    }

    /// The runner: the rules from `first` on, in order, while it is the live one.
    private func evaluate(from first: Int, generation: Int) async {
        for index in first..<rules.count {
            let start = clock.now
            let live = state.withLock { state in
                guard state.generation == generation else { return false }
                state.current = index
                state.currentStart = start
                return true
            }
            guard live else { return }
            let outcome: Outcome
            do {
                let findings = try await rules[index].rule.evaluate(submission, in: context)
                let elapsed = clock.now - start
                outcome = elapsed > rules[index].timeout ? .timedOut : .completed(findings, milliseconds: elapsed.inMilliseconds)
            } catch {
                let elapsed = clock.now - start
                outcome = elapsed > rules[index].timeout ? .timedOut : .failed(error, milliseconds: elapsed.inMilliseconds)
            }
            guard record(outcome, at: index, generation: generation) else { return }
        }
    }

    /// Records a rule's outcome if `generation` is still the live runner; the last one resumes
    /// the judge. Returns whether the runner may go on.
    private func record(_ outcome: Outcome, at index: Int, generation: Int) -> Bool {
        let (live, continuation, outcomes) = state.withLock { state in
            guard state.generation == generation, state.outcomes[index] == nil else {
                return (false, CheckedContinuation<[Outcome], Never>?.none, [Outcome]())
            }
            state.outcomes[index] = outcome
            guard index == rules.count - 1 else { return (true, nil, []) }
            let (continuation, outcomes) = finish(&state)
            return (true, continuation, outcomes)
        }
        continuation?.resume(returning: outcomes)
        return live
    }

    private func finish(_ state: inout State) -> (CheckedContinuation<[Outcome], Never>?, [Outcome]) {
        state.finished = true
        defer {
            state.continuation = nil
            state.runner = nil
        }
        return (state.continuation, state.outcomes.map { $0 ?? .timedOut })
    }

    /// Called by the watch: if the rule the runner is in has passed its deadline, records it as
    /// timed out, cancels that runner and starts one for the next rule.
    func expireIfDue(at now: ContinuousClock.Instant) {
        let (expired, index, generation, continuation, outcomes, runner) = state.withLock { state in
            let index = state.current
            guard !state.finished, state.outcomes[index] == nil, now - state.currentStart >= rules[index].timeout else {
                return (false, 0, 0, CheckedContinuation<[Outcome], Never>?.none, [Outcome](), Task<Void, Never>?.none)
            }
            let generation = state.generation
            state.outcomes[index] = .timedOut
            state.generation += 1
            let runner = state.runner
            state.runner = nil
            guard index == rules.count - 1 else {
                // The next runner's first rule starts now; the watch times it from here.
                state.current = index + 1
                state.currentStart = clock.now
                return (true, index, generation, nil, [], runner)
            }
            let (continuation, outcomes) = finish(&state)
            return (true, index, generation, continuation, outcomes, runner)
        }
        guard expired else { return }
        runner?.cancel()
        if let continuation {
            continuation.resume(returning: outcomes)
        } else {
            startRunner(from: index + 1, generation: generation + 1)
        }
    }
}

extension Duration {
    /// The duration in milliseconds.
    var inMilliseconds: Double { seconds * 1000 }
}
