extension FeedLink {
    /// The prefix of IANA relation IRIs, which RFC 4287 makes equivalent to the bare names.
    private static let ianaRelationPrefix = "http://www.iana.org/assignments/relation/"

    /// Reads an Atom `link` element (also `atom:link` inside RSS); `nil` without `href`.
    ///
    /// The `href` is resolved against the base in effect; `thr:count` (RFC 4685) is kept for `replies` links.
    init?(atomLink tag: StartTag) {
        guard let href = tag.url("href") else { return nil }
        var rel = tag.attribute("rel")?.trimmingWhitespace ?? ""
        if rel.hasPrefix(Self.ianaRelationPrefix) {
            rel.removeFirst(Self.ianaRelationPrefix.count)
        }
        self.init(
            href: href,
            rel: rel.isEmpty ? FeedLink.alternate : rel,
            type: tag.attribute("type")?.trimmingWhitespace.nonEmpty,
            title: tag.attribute("title")?.nonEmpty,
            hreflang: tag.attribute("hreflang")?.trimmingWhitespace.nonEmpty,
            length: tag.attribute("length").flatMap { Int($0.trimmingWhitespace) },
            replyCount: tag.attribute("count", namespace: FeedNamespace.thread).flatMap { Int($0.trimmingWhitespace) }
        )
    }
}
