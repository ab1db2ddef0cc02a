extension FeedLink {
    /// The prefix of IANA relation IRIs, which RFC 4287 makes equivalent to the bare names.
    private static let ianaRelationPrefix = "http://www.iana.org/assignments/relation/"

    /// Reads an Atom `link` element (also used for `atom:link` inside RSS); `nil` without `href`.
    init?(atomLink tag: StartTag) {
        guard let href = tag.attribute("href")?.trimmingWhitespace, !href.isEmpty else { return nil }
        var rel = tag.attribute("rel")?.trimmingWhitespace ?? ""
        if rel.hasPrefix(Self.ianaRelationPrefix) {
            rel.removeFirst(Self.ianaRelationPrefix.count)
        }
        let type = tag.attribute("type")?.trimmingWhitespace
        self.init(href: href, rel: rel.isEmpty ? FeedLink.alternate : rel, type: type?.isEmpty == false ? type : nil)
    }
}
