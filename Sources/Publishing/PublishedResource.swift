/// Something the publishing side serves from its cache: a feed, or the page that lists them.
public enum PublishedResource: Sendable, Hashable {
    /// A feed document.
    case feed(FeedKey)
    /// The HTML page at `/` that lists the feeds for discovery.
    case index

    /// The key when this is a feed.
    public var feedKey: FeedKey? {
        if case .feed(let key) = self { return key }
        return nil
    }
}
