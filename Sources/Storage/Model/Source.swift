import Foundation

/// A subscribed feed: another site's columns, or one column's comment feed.
///
/// Sources that a person adds are column feeds; the poller adds a comment feed for every column
/// whose entry names one (``parentID`` and ``columnSlug`` then say which). What the last poll
/// left behind (validators, backoff, status) is kept with it, so a restart changes nothing.
public struct Source: Sendable, Hashable, Codable {
    /// The store's id.
    public var id: Int64
    /// The feed's URL (`https:`, `http:` or `file:`); a permanent redirect replaces it.
    public var url: String
    /// A name for people (`Vakblad Bakkerij`).
    public var name: String
    /// Whether its columns are published as they arrive.
    public var trust: SourceTrust
    /// The polling interval the person chose, in seconds; nil lets the feed and the defaults decide.
    public var intervalSeconds: Int?
    /// Whether the comment feeds its entries name are polled too.
    public var followsComments: Bool
    /// The column feed a comment feed belongs to; nil for a column feed.
    public var parentID: Int64?
    /// The column a comment feed's items become comments on.
    public var columnSlug: String?
    /// False once the feed answered 410 Gone (or a person disabled it).
    public var isEnabled: Bool
    /// What the poller remembers between polls.
    public var state: SourceState

    /// Creates a source.
    public init(
        id: Int64,
        url: String,
        name: String,
        trust: SourceTrust,
        intervalSeconds: Int? = nil,
        followsComments: Bool = true,
        parentID: Int64? = nil,
        columnSlug: String? = nil,
        isEnabled: Bool = true,
        state: SourceState = SourceState()
    ) {
        self.id = id
        self.url = url
        self.name = name
        self.trust = trust
        self.intervalSeconds = intervalSeconds
        self.followsComments = followsComments
        self.parentID = parentID
        self.columnSlug = columnSlug
        self.isEnabled = isEnabled
        self.state = state
    }

    /// Whether this is a column's comment feed rather than a feed of columns.
    public var isCommentFeed: Bool { parentID != nil }
}

/// How far a source's columns are trusted.
public enum SourceTrust: String, Sendable, Hashable, Codable, CaseIterable {
    /// Columns are published as they arrive.
    case trusted
    /// Columns go through the rules and may be held.
    case moderated
}
