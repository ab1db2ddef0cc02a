import Synchronization

/// The result of running work under a deadline.
enum DeadlineOutcome<Value: Sendable>: Sendable {
    case finished(Value)
    case failed(any Error)
    case timedOut
}

/// Runs `work` and answers at the deadline at the latest, even if `work` ignores cancellation.
///
/// A task group would wait for a stuck child before returning; the work runs in its own task
/// instead, cancelled (but not awaited) when the deadline passes.
func withDeadline<Value: Sendable>(
    _ timeout: Duration,
    work: @escaping @Sendable () async throws -> Value
) async -> DeadlineOutcome<Value> {
    let race = DeadlineRace<Value>()
    return await withCheckedContinuation { continuation in
        race.start(continuation)
        let worker = Task {
            do {
                race.finish(.finished(try await work()))
            } catch {
                race.finish(.failed(error))
            }
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled {
                worker.cancel()
                race.finish(.timedOut)
            }
        }
        race.onFinish { timer.cancel() }
    }
}

/// Resumes a continuation exactly once, with whichever outcome arrives first.
private final class DeadlineRace<Value: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<DeadlineOutcome<Value>, Never>?
        var finished = false
        var cleanup: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    func start(_ continuation: CheckedContinuation<DeadlineOutcome<Value>, Never>) {
        state.withLock { $0.continuation = continuation }
    }

    func onFinish(_ cleanup: @escaping @Sendable () -> Void) {
        let runNow = state.withLock { state -> Bool in
            if state.finished { return true }
            state.cleanup = cleanup
            return false
        }
        if runNow { cleanup() }
    }

    func finish(_ outcome: DeadlineOutcome<Value>) {
        let (continuation, cleanup) = state.withLock { state in
            guard !state.finished else { return (CheckedContinuation<DeadlineOutcome<Value>, Never>?.none, (@Sendable () -> Void)?.none) }
            state.finished = true
            defer {
                state.continuation = nil
                state.cleanup = nil
            }
            return (state.continuation, state.cleanup)
        }
        continuation?.resume(returning: outcome)
        cleanup?()
    }
}
