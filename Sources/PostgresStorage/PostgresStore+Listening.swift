import Foundation
import Logging
import PostgresNIO

extension PostgresStore {
    /// Listens on the store's channel for as long as the store runs, on a connection of its own;
    /// reconnects after a failure.
    ///
    /// A notification from another instance bumps ``publishedChanges`` (and forgets what rules
    /// saw of columns); this instance's own were bumped when they committed. While the listener
    /// is down, notifications are lost, so every (re)connection bumps once: a cache may render
    /// one feed needlessly, but never keeps a stale one.
    func listenForChanges() async {
        var delay: Duration = .milliseconds(100)
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: channel) { notifications in
                        listening.started()
                        defer { listening.stopped() }
                        columnInfos.removeAll()
                        publishedChanges.bump()
                        delay = .milliseconds(100)
                        for try await notification in notifications where notification.payload != instanceID {
                            columnInfos.removeAll()
                            publishedChanges.bump()
                        }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                // The listener's statements carry no user data, so the detailed form is safe to log.
                let detail: Logger.Metadata = ["error": "\(String(reflecting: error))"]
                if let error = error as? PSQLError, error.code == .clientClosedConnection || error.code == .poolClosed {
                    // The pool closes its connections when the store stops, maybe before this task sees the cancellation.
                    logger.debug("the PostgreSQL change listener's connection was closed", metadata: detail)
                } else {
                    logger.warning("the PostgreSQL change listener failed; reconnecting", metadata: detail)
                }
            }
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(5))
        }
    }

    /// Waits until the listener is connected (at most `timeout`); for tests and start-up checks.
    public func waitUntilListening(timeout: Duration = .seconds(10)) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !listening.isListening {
            if clock.now >= deadline { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
        return true
    }
}
