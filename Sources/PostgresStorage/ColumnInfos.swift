import ModerationKit
import Synchronization

/// What rules see of each column, made once per column rather than once per comment; forgotten
/// when this instance saves columns and whenever another instance announces a change.
final class ColumnInfos: Sendable {
    private let infos = Mutex([String: ColumnInfo]())

    func info(for slug: String) -> ColumnInfo? { infos.withLock { $0[slug] } }

    func remember(_ info: ColumnInfo) { infos.withLock { $0[info.slug] = info } }

    func removeAll() { infos.withLock { $0.removeAll() } }
}

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
