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
