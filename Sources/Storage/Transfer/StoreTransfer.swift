import Foundation

/// A store whose tables can be read and written whole: what `stempel export` and
/// `stempel import` move between SQLite and PostgreSQL (``StoreTransferFile``).
public protocol StoreTransfer: Sendable {
    /// Every row of `table` in its export order, each value in the order of the table's columns.
    func exportRows(_ table: TransferTable) async throws -> [[TransferValue]]

    /// Writes exported rows into their tables, keeping their ids, all in one transaction: an
    /// import that fails on its last table leaves the store as empty as it found it.
    func importTables(_ tables: [(table: TransferTable, rows: [[TransferValue]])]) async throws

    /// Whether the store holds no columns, comments, accounts or sources: import writes only into
    /// an empty store, so that nothing is merged by accident.
    func isEmptyForImport() async throws -> Bool
}

/// What a transfer leaves out on purpose: tables and columns that do not outlive a process or a
/// sign-in. Every other table and column of a store must be in ``TransferTable/all``, which the
/// stores' tests check against the schema, so that a new migration cannot be forgotten by export.
package enum TransferExclusions {
    /// Tables not moved: web sessions (people sign in again), rate-limit buckets and failed
    /// sign-ins (they refill and expire within minutes), the poll log (which process polled when;
    /// like the leases, it belongs to the pollers), the stores' migration records and SQLite's
    /// edit counter for cached history (`comment_edits`, a cache's, not the site's).
    package static let tables: Set<String> = [
        "sessions", "rate_buckets", "login_failures", "source_polls", "grdb_migrations", "stempel_migrations", "comment_edits",
    ]
    /// Columns not moved, by table: poll leases end with their poller; a comment's shingle
    /// fingerprint is derived from its body, and the duplicates rule shingles the body when it is missing.
    package static let columns: [String: Set<String>] = ["sources": ["lease_holder", "lease_until"], "comments": ["shingles"]]
}
