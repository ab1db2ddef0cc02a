/// Something the publishing side serves from its cache: a feed, or the page that lists them.
public enum PublishedResource: Sendable, Hashable {
    /// A feed document.
    case feed(FeedKey)
    /// The HTML page at `/` that lists the feeds for discovery.
    case index
    /// A column's HTML page at `/columns/{slug}`, with its approved comments and a comment form.
    case columnPage(slug: String)

    /// The key when this is a feed.
    public var feedKey: FeedKey? {
        if case .feed(let key) = self { return key }
        return nil
    }
}
