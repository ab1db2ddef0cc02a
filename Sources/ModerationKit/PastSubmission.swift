import Foundation

/// An earlier submission, as a rule may see it in ``RuleContext/recentSubmissions(_:within:limit:)``.
public struct PastSubmission: Sendable, Hashable {
    /// Its body.
    public var body: String
    /// The slug of its column.
    public var column: String
    /// Its author.
    public var author: Submission.Author
    /// When it was received.
    public var receivedAt: Date
    /// Its body's shingles, when the history keeps them (Stempel's store does, computed once
    /// when the comment was stored); nil otherwise. Use ``shingles`` to get them either way.
    public var fingerprint: ShingleFingerprint?

    /// Creates a past submission.
    public init(body: String, column: String, author: Submission.Author, receivedAt: Date, fingerprint: ShingleFingerprint? = nil) {
        self.body = body
        self.column = column
        self.author = author
        self.receivedAt = receivedAt
        self.fingerprint = fingerprint
    }

    /// The body's shingles: the stored ``fingerprint``, else computed from the body.
    public var shingles: ShingleFingerprint {
        fingerprint ?? ShingleFingerprint(body)
    }
}

/// The column a comment is about: what a rule may compare the comment with.
public struct ColumnInfo: Sendable, Hashable {
    /// The slug.
    public var slug: String
    /// The title.
    public var title: String
    /// Its tags.
    public var tags: [String]
    /// Its text, without markup.
    public var text: String

    /// Creates column information.
    public init(slug: String, title: String, tags: [String], text: String) {
        self.slug = slug
        self.title = title
        self.tags = tags
        self.text = text
    }
}
