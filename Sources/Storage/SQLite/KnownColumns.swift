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
