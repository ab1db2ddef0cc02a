import Foundation
import Moderation

/// A column from a moderated source, as the queue shows it: kept unpublished until a moderator
/// approves it.
public struct HeldColumn: Sendable, Hashable {
    /// The column's row id.
    public var rowID: Int64
    /// The slug it has (and will be published under).
    public var slug: String
    /// The title.
    public var title: String
    /// The author, as the feed named them.
    public var author: String
    /// The text of its summary, else of its content, without markup, at most 280 characters.
    public var summary: String
    /// The entry's own link, if any.
    public var link: String?
    /// The source it came from: its id (nil when the source was removed), name and URL.
    public var sourceID: Int64?
    public var sourceName: String?
    public var sourceURL: String?
    /// Held, approved or rejected.
    public var status: ModerationStatus
    /// When it was ingested: its place in the queue.
    public var createdAt: Date
    /// The rules' findings when they judged it (empty for a column they never judged) and their
    /// total score (nil then).
    public var findings: [RuleFinding]
    public var totalScore: Double?

    /// The prefix of a column's id in the queue and the decision routes.
    public static let idPrefix = "column-"

    /// The id in the queue and the decision routes: `column-12`. Comment ids are UUIDs, so the
    /// two never meet.
    public var id: String { Self.idPrefix + String(rowID) }

    /// The row id in a queue id such as `column-12`; nil for anything else (a comment's id).
    public static func rowID(fromQueueID id: String) -> Int64? {
        guard id.hasPrefix(idPrefix), let value = Int64(id.dropFirst(idPrefix.count)), value > 0 else { return nil }
        return value
    }

    /// Creates a held column.
    public init(
        rowID: Int64, slug: String, title: String, author: String, summary: String, link: String?, sourceID: Int64?, sourceName: String?,
        sourceURL: String?, status: ModerationStatus, createdAt: Date, findings: [RuleFinding] = [], totalScore: Double? = nil
    ) {
        self.rowID = rowID
        self.slug = slug
        self.title = title
        self.author = author
        self.summary = summary
        self.link = link
        self.sourceID = sourceID
        self.sourceName = sourceName
        self.sourceURL = sourceURL
        self.status = status
        self.createdAt = createdAt
        self.findings = findings
        self.totalScore = totalScore
    }
}

/// What became of a moderator's decision on a held column.
public enum ColumnDecisionResult: Sendable, Hashable {
    /// It was applied.
    case decided(HeldColumn)
    /// The column already had that status: nothing changed, nothing was recorded.
    case unchanged(HeldColumn)
    /// Someone decided first: the column is no longer held.
    case conflict(HeldColumn)
    /// There is no such column.
    case notFound
}
