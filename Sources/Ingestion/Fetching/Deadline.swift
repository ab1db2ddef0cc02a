/// Runs `operation`, cancelling it and throwing ``FetchError/timedOut(seconds:)`` when it takes
/// longer than `seconds`: a server that sends one byte a second must not hold a fetch forever.
func withDeadline<T: Sendable>(seconds: Double, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw FetchError.timedOut(seconds: seconds)
        }
        return value
    }
}
