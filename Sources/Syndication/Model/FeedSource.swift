import Foundation

/// The feed an entry was first published in (Atom `entry/source`, RSS `item/source`), for
/// entries that aggregators copied from elsewhere.
public struct FeedSource: Sendable, Hashable, Codable {
    /// The source feed's title as written.
    public var title: FeedContent?
    /// The source feed's subtitle as written.
    public var subtitle: FeedContent?
    /// The source feed's identifier.
    public var id: String?
    /// The source feed's links (RSS `source/@url` becomes a `self` link).
    public var links: [FeedLink] = []
    /// When the source feed last changed.
    public var updated: Date?
    /// The source feed's authors.
    public var authors: [FeedPerson] = []
    /// The source feed's contributors.
    public var contributors: [FeedPerson] = []
    /// The source feed's rights.
    public var rights: FeedContent?
    /// The source feed's categories.
    public var tags: [FeedCategory] = []
    /// The software that wrote the source feed, its web address and version.
    public var generator: String?
    /// The generator's web address.
    public var generatorURI: String?
    /// The generator's version.
    public var generatorVersion: String?
    /// A small icon of the source feed.
    public var icon: String?
    /// A logo of the source feed.
    public var logo: String?

    /// Creates a source.
    public init(title: FeedContent? = nil, id: String? = nil, links: [FeedLink] = []) {
        self.title = title
        self.id = id
        self.links = links
    }

    /// The feed-level fields of a feed read from an `entry/source` element.
    init(_ feed: ParsedFeed) {
        title = feed.titleConstruct
        subtitle = feed.subtitleConstruct
        id = feed.id
        links = feed.links
        updated = feed.updated
        authors = feed.authors
        contributors = feed.contributors
        rights = feed.rights
        tags = feed.tags
        generator = feed.generator
        generatorURI = feed.generatorURI
        generatorVersion = feed.generatorVersion
        icon = feed.icon
        logo = feed.logo
    }
}
