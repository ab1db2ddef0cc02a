/// What polling one source came to, for logs, `stempel source poll` and the benchmark.
public struct PollOutcome: Sendable, Hashable {
    /// How the poll ended.
    public enum Kind: String, Sendable, Hashable {
        /// A document was fetched and stored.
        case fetched
        /// The server (or the file) said nothing changed.
        case notModified
        /// The fetch or the document failed; the source backs off.
        case failed
    }

    /// The source polled.
    public var sourceID: Int64
    /// How the poll ended.
    public var kind: Kind
    /// Entries or comment items that were new.
    public var added: Int
    /// Known entries whose content changed.
    public var changed: Int
    /// The status stored on the source.
    public var status: String

    /// Creates an outcome.
    public init(sourceID: Int64, kind: Kind, added: Int = 0, changed: Int = 0, status: String) {
        self.sourceID = sourceID
        self.kind = kind
        self.added = added
        self.changed = changed
        self.status = status
    }
}
