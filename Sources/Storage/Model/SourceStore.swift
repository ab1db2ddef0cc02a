import Foundation

/// Subscribed feeds and what was ingested from them.
///
/// Separate from ``StempelStore`` so that a store without ingestion stays valid; the SQLite
/// store implements both.
public protocol SourceStore: Sendable {
    /// Adds a source; throws ``StoreError/conflict(_:)`` when its URL is already subscribed.
    func addSource(_ draft: SourceDraft) async throws -> Source

    /// Every source, column feeds and comment feeds, in the order they were added.
    func sources() async throws -> [Source]

    /// One source by id.
    func source(id: Int64) async throws -> Source?

    /// Removes a source and its comment feeds; the columns and comments stay. Returns whether there was one.
    func removeSource(id: Int64) async throws -> Bool

    /// Enabled sources due at `date`, the longest-waiting first.
    func dueSources(at date: Date) async throws -> [Source]

    /// Takes the lease of up to `limit` enabled sources due at `date` that no poller holds (or
    /// whose lease ended), for `holder` until `until`, and returns them, the longest-waiting first.
    ///
    /// Several processes polling one database (instances behind a load balancer, or
    /// `stempel source poll` beside `stempel serve`) each get other sources: a source is polled
    /// by one of them at a time. ``applyPoll(_:)`` ends the lease; a holder that died leaves it
    /// to end at `until`, after which another poller takes the source.
    func leaseDueSources(at date: Date, holder: String, until: Date, limit: Int) async throws -> [Source]

    /// When the next enabled source is due and not leased; nil when none is enabled.
    func nextPollDate() async throws -> Date?

    /// The fingerprint of every entry stored from a column feed, by entry key.
    func entryFingerprints(sourceID: Int64) async throws -> [String: String]

    /// The keys of every item stored from a comment feed.
    func commentKeys(sourceID: Int64) async throws -> Set<String>

    /// Writes one poll's outcome (columns, comments, validators, state) in one transaction, with
    /// a ``SourcePoll`` in the poll log (from the state's `lastFetchAt` until now); removes the
    /// source's polls older than ``SourcePoll/retention``.
    func applyPoll(_ update: SourcePollUpdate) async throws

    /// The poll log of a source (or of every source when nil), the earliest first.
    func polls(sourceID: Int64?) async throws -> [SourcePoll]
}
