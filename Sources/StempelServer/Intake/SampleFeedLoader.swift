import Foundation
import Logging
import Storage
import Syndication

/// Loads columns from a local feed file into an empty database, so a fresh install has content.
public struct SampleFeedLoader: Sendable {
    let store: any StempelStore
    let logger: Logger

    /// Creates a loader.
    public init(store: any StempelStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// Loads the feed at `path` when the store has no columns yet; returns how many were added.
    ///
    /// - Throws: ``ConfigurationError`` naming the file when it cannot be read or parsed.
    @discardableResult
    public func loadIfEmpty(path: String?) async throws -> Int {
        guard let path, try await store.columnCount() == 0 else { return 0 }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(file: path, message: "the sample feed cannot be read (\(error.localizedDescription))")
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser().parse(data)
        } catch {
            throw ConfigurationError(file: path, message: "the sample feed is not a usable feed: \(error)")
        }
        let columns = feed.entries.compactMap(ColumnImport.column(from:))
        let added = try await store.saveColumns(columns)
        logger.info("loaded sample columns", metadata: ["file": "\(path)", "columns": "\(added)"])
        return added
    }
}
