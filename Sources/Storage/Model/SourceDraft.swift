/// A source as a person describes it, before the store gives it an id.
public struct SourceDraft: Sendable, Hashable, Codable {
    /// The feed's URL (`https:`, `http:` or `file:`).
    public var url: String
    /// A name for people; the URL's host when empty.
    public var name: String
    /// Whether its columns are published as they arrive.
    public var trust: SourceTrust
    /// The polling interval in seconds; nil lets the feed and the defaults decide.
    public var intervalSeconds: Int?
    /// Whether the comment feeds its entries name are polled too.
    public var followsComments: Bool

    /// Creates a draft.
    public init(url: String, name: String, trust: SourceTrust = .moderated, intervalSeconds: Int? = nil, followsComments: Bool = true) {
        self.url = url
        self.name = name
        self.trust = trust
        self.intervalSeconds = intervalSeconds
        self.followsComments = followsComments
    }
}
