import Synchronization

/// Watches the deadlines of every judgement in flight with one task that looks every few
/// milliseconds, instead of one timer per submission.
///
/// A timer per submission meant a task, a timer registration and a cancellation (with its
/// wake-up) for every comment, although nearly every comment finishes its rules in well under a
/// millisecond. The watch runs only while judgements are in flight: it stops when none is left
/// and starts again with the next. A deadline is noticed within ``tick`` of passing; the runner
/// also checks each rule's time when it returns, so a rule that overran is never recorded as
/// completed.
final class DeadlineWatch: Sendable {
    /// How often the watch looks: the most a deadline can be overrun before it is noticed.
    let tick: Duration

    private struct State {
        var races: [RuleRace] = []
        var running = false
    }

    private let state = Mutex(State())

    init(tick: Duration = .milliseconds(2)) {
        self.tick = tick
    }

    /// Starts watching `race` until it finishes.
    func watch(_ race: RuleRace) {
        let start = state.withLock { state in
            state.races.append(race)
            defer { state.running = true }
            return !state.running
        }
        if start {
            // Detached: the watch belongs to no request, so it inherits none's priority or task-locals.
            Task.detached { await self.run() }
        }
    }

    private func run() async {
        let clock = ContinuousClock()
        while true {
            try? await Task.sleep(for: tick, clock: clock)
            let races = state.withLock { state -> [RuleRace]? in
                state.races.removeAll { $0.isFinished }
                guard !state.races.isEmpty else {
                    state.running = false
                    return nil
                }
                return state.races
            }
            guard let races else { return }
            let now = clock.now
            for race in races { race.expireIfDue(at: now) }
        }
    }
}
