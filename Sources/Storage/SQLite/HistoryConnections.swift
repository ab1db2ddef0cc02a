import Foundation
import GRDB
import Synchronization

/// Read-only connections to a database file, lent out one at a time for synchronous use.
///
/// Why not a GRDB `DatabasePool`: its every read first runs `PRAGMA schema_version` (to keep
/// GRDB's schema cache current), a second statement and read transaction for each one-line
/// history question. These connections only run the store's own SQL, whose prepared statements
/// SQLite re-prepares by itself if a migration changes the schema.
///
/// A connection is lent for one question and comes back before the caller can suspend, so the
/// number of connections grows to the number of threads that ever ask at once, and a question
/// never waits for one.
final class HistoryConnections: Sendable {
    private let path: String
    private let configuration: Configuration
    private let idle = Mutex<[DatabaseQueue]>([])

    init(path: String, configuration: Configuration) throws {
        self.path = path
        self.configuration = configuration
        // Open one now, so that a path that cannot be read fails when the store opens.
        let first = try DatabaseQueue(path: path, configuration: configuration)
        idle.withLock { $0.append(first) }
    }

    /// Runs `body` on an idle connection, opening one when none is idle.
    func withConnection<T>(_ body: (Database) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? DatabaseQueue(path: path, configuration: configuration)
        defer { idle.withLock { $0.append(connection) } }
        return try connection.inDatabase(body)
    }
}
