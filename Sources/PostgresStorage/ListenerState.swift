import Synchronization

/// Whether the store's pool was started, whether its LISTEN connection is up, and how many
/// times it was established.
final class ListenerState: Sendable {
    private let sessions = Mutex(0)
    private let active = Mutex(false)
    private let running = Mutex(false)

    var isClientRunning: Bool { running.withLock { $0 } }

    func clientRunning() { running.withLock { $0 = true } }

    var isListening: Bool { active.withLock { $0 } }

    var sessionCount: Int { sessions.withLock { $0 } }

    func started() {
        sessions.withLock { $0 += 1 }
        active.withLock { $0 = true }
    }

    func stopped() { active.withLock { $0 = false } }
}
