import Foundation
import GRDB

/// Where the rules' history questions run: synchronously, on the judging task's own thread.
///
/// Why: a judgement with the default rules asks the store six to eight questions of a few
/// microseconds each. Through GRDB's `async` reads every question also cost two thread hand-offs
/// (to a reader's dispatch queue and back to the task pool), about seventeen context switches
/// per comment, which took more time under load than the questions themselves. A synchronous
/// read on an idle connection runs on the caller's thread.
///
/// The connections are read-only and of their own (``HistoryConnections``), used only here and
/// only synchronously: a connection is held for one short query and never across an `await`. Blocking for one on
/// the main pool could deadlock, since its `async` reads keep a connection until their task
/// resumes, and that task may need the very thread that waits.
///
/// The price: a question holds its thread of the task pool while it runs. Every question is an
/// indexed lookup with a limit (a capped count, at most `limit` rows), a few microseconds to a
/// millisecond; a question that could scan without bound does not belong on this path.
///
/// A private in-memory database has no second connection to open; its single queue answers
/// instead (a wait there is for a write in progress, which finishes on its own thread).
struct HistoryReader: Sendable {
    private enum Source: Sendable {
        case connections(HistoryConnections)
        case shared(any DatabaseReader)
    }

    private let source: Source

    /// How much of the database file the history connections map (SQLite's `mmap_size`).
    static let memoryMapBytes = 1 << 30

    /// Read-only connections on the database file at `path`, which the store has migrated.
    static func pool(path: String) throws -> HistoryReader {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "Stempel.history"
        configuration.prepareDatabase { db in
            // Pages through a memory map: every commit by the writer empties a reader's own page
            // cache, so without it each question read its index pages again with pread.
            try db.execute(sql: "PRAGMA mmap_size = \(HistoryReader.memoryMapBytes)")
        }
        return HistoryReader(source: .connections(try HistoryConnections(path: path, configuration: configuration)))
    }

    /// Questions answered by the store's own connection (an in-memory database).
    static func sharing(_ reader: any DatabaseReader) -> HistoryReader {
        HistoryReader(source: .shared(reader))
    }

    /// Runs one statement's worth of reading without a transaction (a single SELECT is atomic).
    func unsafeRead<T>(_ body: (Database) throws -> T) throws -> T {
        switch source {
        case .connections(let connections): try connections.withConnection(body)
        case .shared(let reader): try reader.unsafeRead(body)
        }
    }

    /// Runs several statements in one read transaction, so that they see the same commit.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        switch source {
        case .connections(let connections):
            try connections.withConnection { db in
                try db.beginTransaction(.deferred)
                // Nothing was written, so ending the transaction cannot lose anything; it must end,
                // though, or the connection would go back to the others still on this snapshot.
                defer { if (try? db.commit()) == nil { try? db.rollback() } }
                return try body(db)
            }
        case .shared(let reader): try reader.read(body)
        }
    }
}
