import Foundation
import Moderation

/// Everything one poll of a source changes, written by ``SourceStore/applyPoll(_:)`` in one transaction.
///
/// The validators in ``state`` are stored only together with the columns and comments, so a
/// crash between fetching and storing makes the next poll fetch the feed again instead of
/// receiving a 304 for entries that were never stored.
public struct SourcePollUpdate: Sendable {
    /// The source polled.
    public var sourceID: Int64
    /// The URL a permanent redirect (301, 308) moved the feed to.
    public var movedTo: String?
    /// The source's state after the poll; ``SourceState/entriesSeen`` is counted by the store.
    public var state: SourceState
    /// Whether the source stops being polled (410 Gone).
    public var disable: Bool
    /// New and changed entries of a column feed.
    public var columns: [IngestedColumn]
    /// New items of a comment feed, judged.
    public var comments: [IngestedComment]
    /// The poller that polled (its lease holder), kept in the poll log (``SourcePoll``).
    public var poller: String?

    /// Creates an update.
    public init(
        sourceID: Int64,
        movedTo: String? = nil,
        state: SourceState,
        disable: Bool = false,
        columns: [IngestedColumn] = [],
        comments: [IngestedComment] = [],
        poller: String? = nil
    ) {
        self.sourceID = sourceID
        self.movedTo = movedTo
        self.state = state
        self.disable = disable
        self.columns = columns
        self.comments = comments
        self.poller = poller
    }
}

/// A feed entry as a column, with what identifies it within its source.
public struct IngestedColumn: Sendable, Hashable {
    /// The entry's id, else its link, else a hash of its title and date.
    public var entryKey: String
    /// A hash of what is stored from the entry: unchanged entries are skipped before judging.
    public var fingerprint: String
    /// The column; its slug is made unique when another column has it.
    public var column: StoredColumn
    /// The status a new column gets (a trusted source's are approved); an existing column keeps its own.
    public var status: ModerationStatus
    /// The entry's comment feed, polled as a source of its own when the source follows comments.
    public var commentFeedURL: String?
    /// The rules' findings and total score when a moderated source's new entry was judged; nil
    /// when it was not (a trusted source, a known entry).
    public var findings: [RuleFinding]?
    public var totalScore: Double?

    /// Creates an ingested column.
    public init(
        entryKey: String, fingerprint: String, column: StoredColumn, status: ModerationStatus, commentFeedURL: String? = nil,
        findings: [RuleFinding]? = nil, totalScore: Double? = nil
    ) {
        self.entryKey = entryKey
        self.fingerprint = fingerprint
        self.column = column
        self.status = status
        self.commentFeedURL = commentFeedURL
        self.findings = findings
        self.totalScore = totalScore
    }
}

/// A comment feed's item as a judged comment.
public struct IngestedComment: Sendable, Hashable {
    /// The item's id, else its link, else a hash of its author, date and text.
    public var itemKey: String
    /// The comment with the rules' verdict.
    public var comment: StoredComment

    /// Creates an ingested comment.
    public init(itemKey: String, comment: StoredComment) {
        self.itemKey = itemKey
        self.comment = comment
    }
}
