/// A category or tag of a feed or an entry (Atom `category`, RSS `category`, `dc:subject`).
public struct FeedCategory: Sendable, Hashable, Codable {
    /// The term itself (Atom `term`, the RSS element's text).
    public var term: String
    /// The vocabulary the term belongs to (Atom `scheme`, RSS `domain`).
    public var scheme: String?
    /// A human-readable label (Atom `label`).
    public var label: String?

    /// Creates a category.
    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}
