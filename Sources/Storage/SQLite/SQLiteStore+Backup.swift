import Foundation
import GRDB

/// What a backup holds, checked on the copy.
public struct BackupSummary: Sendable, Hashable {
    /// Columns in the copy.
    public var columns: Int
    /// Comments in the copy.
    public var comments: Int
    /// The copy's size in bytes.
    public var bytes: Int
}

extension SQLiteStore {
    /// Copies the database to `path` with SQLite's online backup API, while others keep reading
    /// and writing: the copy is one consistent snapshot. It is written beside `path` and renamed
    /// into place only after `PRAGMA integrity_check` passed on it, so `path` never holds half a
    /// backup.
    ///
    /// - Throws: ``StoreError/conflict(_:)`` when `path` exists and `replace` is false, or the
    ///   copy fails its integrity check; file system errors otherwise.
    public func backup(to path: String, replace: Bool = false) async throws -> BackupSummary {
        let destination = URL(fileURLWithPath: path)
        if !replace, FileManager.default.fileExists(atPath: destination.path) {
            throw StoreError.conflict("\(path) exists; choose another path or pass --force to replace it")
        }
        let partial = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        defer { Self.removeDatabaseFiles(at: partial) }
        let copy = try DatabaseQueue(path: partial.path)
        // GRDB's backup is synchronous: run it on a thread of its own, not on the cooperative pool.
        let source = reader
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try source.backup(to: copy) })
            }
        }
        let summary = try await copy.read { db -> BackupSummary in
            let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard check == ["ok"] else { throw StoreError.conflict("the copy failed its integrity check: \(check.joined(separator: "; "))") }
            return BackupSummary(
                columns: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM columns") ?? 0,
                comments: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments") ?? 0,
                bytes: 0
            )
        }
        // A copy of a WAL database is itself in WAL mode; make it one self-contained file.
        try await copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try copy.close()
        // rename(2) replaces an earlier backup in one step: a failure leaves it as it was.
        guard rename(partial.path, destination.path) == 0 else {
            throw StoreError.conflict("the copy could not be moved to \(path): \(String(cString: strerror(errno)))")
        }
        for suffix in ["-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: destination.path + suffix)  // an earlier copy's, now stale
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: destination.path)[.size] as? Int) ?? 0
        return BackupSummary(columns: summary.columns, comments: summary.comments, bytes: bytes)
    }

    private static func removeDatabaseFiles(at url: URL) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}
