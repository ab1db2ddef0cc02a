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
