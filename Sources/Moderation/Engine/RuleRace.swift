import Foundation
import ModerationKit
import Synchronization

/// Runs every rule in its own task and answers once each has finished or passed its deadline.
///
/// A task group would wait for a rule stuck in a loop that ignores cancellation; here a rule
/// past its deadline is recorded as timed out and cancelled, but never awaited. One timer task
/// serves every deadline of the submission, so judging costs one task per rule plus one.
final class RuleRace: Sendable {
    /// How one rule's evaluation ended.
    enum Outcome: Sendable {
        case completed([Finding], milliseconds: Double)
        case failed(any Error, milliseconds: Double)
        case timedOut
    }

    private struct State {
        var outcomes: [Outcome?]
        var remaining: Int
        var continuation: CheckedContinuation<[Outcome], Never>?
        var workers: [Task<Void, Never>?]
        var timer: Task<Void, Never>?
    }

    private let state: Mutex<State>

    private init(count: Int) {
        state = Mutex(State(outcomes: Array(repeating: nil, count: count), remaining: count, workers: Array(repeating: nil, count: count)))
    }

    /// Evaluates `rules` on `submission`; the outcomes are in rule order.
    static func run(_ rules: [ConfiguredRule], on submission: Submission, in context: RuleContext) async -> [Outcome] {
        guard !rules.isEmpty else { return [] }
        let race = RuleRace(count: rules.count)
        let clock = ContinuousClock()
        let start = clock.now
        return await withCheckedContinuation { continuation in
            race.state.withLock { $0.continuation = continuation }
            for (index, configured) in rules.enumerated() {
                let worker = Task {
                    do {
                        let findings = try await configured.rule.evaluate(submission, in: context)
                        race.finish(index, .completed(findings, milliseconds: (clock.now - start).inMilliseconds))
                    } catch {
                        race.finish(index, .failed(error, milliseconds: (clock.now - start).inMilliseconds))
                    }
                }
                race.register(worker, at: index)
            }
            let deadlines = Set(rules.map(\.timeout)).sorted()
            let timer = Task {
                for deadline in deadlines {
                    do {
                        try await Task.sleep(until: start + deadline, clock: clock)
                    } catch {
                        return  // every rule finished first
                    }
                    for (index, configured) in rules.enumerated() where configured.timeout <= deadline {
                        race.finish(index, .timedOut)
                    }
                }
            }
            race.setTimer(timer)
        }
    }

    private func register(_ worker: Task<Void, Never>, at index: Int) {
        let finished = state.withLock { state in
            if state.outcomes[index] == nil { state.workers[index] = worker }
            return state.outcomes[index] != nil
        }
        if finished { worker.cancel() }
    }

    private func setTimer(_ timer: Task<Void, Never>) {
        let done = state.withLock { state in
            if state.remaining > 0 { state.timer = timer }
            return state.remaining == 0
        }
        if done { timer.cancel() }
    }

    /// Records the first outcome of a rule; later ones (a worker finishing after its deadline)
    /// are ignored. The last outcome resumes the judge.
    private func finish(_ index: Int, _ outcome: Outcome) {
        let (continuation, outcomes, worker, timer) = state.withLock { state in
            guard state.outcomes[index] == nil else {
                return (CheckedContinuation<[Outcome], Never>?.none, [Outcome](), Task<Void, Never>?.none, Task<Void, Never>?.none)
            }
            state.outcomes[index] = outcome
            state.remaining -= 1
            let worker = state.workers[index]
            state.workers[index] = nil
            guard state.remaining == 0 else { return (nil, [], worker, nil) }
            defer {
                state.continuation = nil
                state.timer = nil
            }
            return (state.continuation, state.outcomes.compactMap { $0 }, worker, state.timer)
        }
        if case .timedOut = outcome { worker?.cancel() }
        timer?.cancel()
        continuation?.resume(returning: outcomes)
    }
}

extension Duration {
    /// The duration in milliseconds.
    var inMilliseconds: Double { seconds * 1000 }
}
