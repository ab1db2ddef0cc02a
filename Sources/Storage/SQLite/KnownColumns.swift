import ModerationKit
import Synchronization

/// Slugs known to name a published column, so that every comment does not ask the database.
///
/// Only positive answers are kept: an unknown slug is always looked up, and a column that
/// disappears later still fails the insert itself (`StoreError.unknownColumn`).
final class KnownColumns: Sendable {
    private let slugs = Mutex(Set<String>())

    func contains(_ slug: String) -> Bool { slugs.withLock { $0.contains(slug) } }

    func insert(_ slug: String) { _ = slugs.withLock { $0.insert(slug) } }

    func removeAll() { slugs.withLock { $0.removeAll() } }
}

/// What rules see of each column (its text without markup), made once per column rather than
/// once per comment; forgotten whenever columns are saved.
final class ColumnInfoCache: Sendable {
    private let infos = Mutex([String: ColumnInfo]())

    func info(for slug: String) -> ColumnInfo? { infos.withLock { $0[slug] } }

    func remember(_ info: ColumnInfo) { infos.withLock { $0[info.slug] = info } }

    func removeAll() { infos.withLock { $0.removeAll() } }
}
