import Foundation

/// An experience column as stored: what the published feeds and the API show.
public struct StoredColumn: Sendable, Hashable, Codable {
    /// The URL-safe name, unique per site (`de-bakker-die-mijn-naam-kende`).
    public var slug: String
    /// The id the column had in the feed it came from; kept so a re-import updates it.
    public var sourceID: String?
    /// The title.
    public var title: String
    /// The writer's name.
    public var author: String
    /// A short plain-text summary, if any.
    public var summary: String?
    /// The body as (sanitized) HTML.
    public var contentHTML: String
    /// The column's own page, if it has one.
    public var link: String?
    /// Tags such as `klantbeleving`, lowercase.
    public var tags: [String]
    /// When it was first published.
    public var publishedAt: Date
    /// When it last changed.
    public var updatedAt: Date

    /// Creates a column.
    public init(
        slug: String,
        sourceID: String? = nil,
        title: String,
        author: String,
        summary: String? = nil,
        contentHTML: String,
        link: String? = nil,
        tags: [String] = [],
        publishedAt: Date,
        updatedAt: Date
    ) {
        self.slug = slug
        self.sourceID = sourceID
        self.title = title
        self.author = author
        self.summary = summary
        self.contentHTML = contentHTML
        self.link = link
        self.tags = tags
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
    }
}

/// A column with what its thread adds: the number of approved comments and the latest one.
public struct ColumnSummary: Sendable, Hashable {
    /// The column.
    public var column: StoredColumn
    /// How many approved comments it has.
    public var approvedCommentCount: Int
    /// When the newest approved comment was made, if any.
    public var lastCommentAt: Date?

    /// Creates a summary.
    public init(column: StoredColumn, approvedCommentCount: Int, lastCommentAt: Date?) {
        self.column = column
        self.approvedCommentCount = approvedCommentCount
        self.lastCommentAt = lastCommentAt
    }
}
