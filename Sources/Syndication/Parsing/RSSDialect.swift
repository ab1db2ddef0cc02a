/// RSS 2.0 (and the compatible 0.91 and 0.92): `channel`, `item`, `guid`, `enclosure`, plus
/// `atom:link` and the entry extensions.
///
/// `description` is read as HTML, as RSS readers do. A `guid` that is a permalink stands in for a
/// missing `link`.
struct RSSDialect: FeedDialect {
    static let format = FeedFormat.rss2
    static let root = XMLName("", "rss")
    private static let channel = XMLName("", "channel")
    private static let item = XMLName("", "item")
    private static let atomLink = XMLName(FeedNamespace.atom, "link")
    private static let dcDate = XMLName(FeedNamespace.dublinCore, "date")

    private static let channelFields: Set = ["title", "link", "description", "pubDate", "lastBuildDate"]
    private static let itemFields: Set = ["title", "link", "description", "author", "category", "pubDate", "guid"]

    /// Whether the open item's `guid` is a permalink (RSS's default when `isPermaLink` is absent).
    private var guidIsPermaLink = false

    mutating func start(_ tag: StartTag, parent: XMLName, into builder: inout FeedBuilder) throws(FeedParsingError) -> TextCapture {
        let name = tag.name
        let inItem = parent == Self.item && builder.entry != nil
        guard parent == Self.channel || inItem else { return .none }
        if name == Self.atomLink {
            if let link = FeedLink(atomLink: tag) {
                builder.addLink(link)
            }
            return .none
        }
        if parent == Self.channel {
            if name == Self.item {
                try builder.beginEntry(line: tag.line)
                guidIsPermaLink = false
                return .none
            }
            return name == Self.dcDate || (name.namespace.isEmpty && Self.channelFields.contains(name.local)) ? .text : .none
        }
        guard name.namespace.isEmpty else { return EntryExtensions.capture(for: name) }
        switch name.local {
        case "enclosure":
            if let url = tag.attribute("url")?.trimmingWhitespace, !url.isEmpty {
                builder.addLink(FeedLink(href: url, rel: "enclosure", type: tag.attribute("type")))
            }
        case "guid":
            guidIsPermaLink = tag.attribute("isPermaLink")?.trimmingWhitespace.lowercased() != "false"
            return .text
        default:
            return Self.itemFields.contains(name.local) ? .text : .none
        }
        return .none
    }

    mutating func end(_ name: XMLName, text: String, parent: XMLName, line: Int?, into builder: inout FeedBuilder) {
        if parent == Self.channel {
            endChannelChild(name, text: text, line: line, into: &builder)
        } else if parent == Self.item, !text.isEmpty {
            if name.namespace.isEmpty {
                endItemChild(name.local, text: text, line: line, into: &builder)
            } else {
                EntryExtensions.end(name, text: text, line: line, into: &builder)
            }
        }
    }

    private mutating func endChannelChild(_ name: XMLName, text: String, line: Int?, into builder: inout FeedBuilder) {
        if name == Self.item {
            if guidIsPermaLink, let entry = builder.entry, entry.alternateLink == nil, let id = entry.id, id.hasPrefix("http") {
                builder.entry?.links.append(FeedLink(href: id))
            }
            builder.endEntry()
            return
        }
        guard !text.isEmpty else { return }
        switch (name.namespace, name.local) {
        case ("", "title"): builder.feed.title = text
        case ("", "description"): builder.feed.subtitle = text
        case ("", "link"): builder.addLink(FeedLink(href: text))
        case ("", "lastBuildDate"):
            if let updated = builder.date(text, in: name, line: line) {
                builder.feed.updated = updated
            }
        // pubDate and dc:date only stand in for lastBuildDate, whichever order they come in.
        case ("", "pubDate"), (FeedNamespace.dublinCore, "date"):
            if let updated = builder.date(text, in: name, line: line), builder.feed.updated == nil {
                builder.feed.updated = updated
            }
        default: break
        }
    }

    private func endItemChild(_ local: String, text: String, line: Int?, into builder: inout FeedBuilder) {
        switch local {
        case "title": builder.entry?.title = text
        case "link": builder.addLink(FeedLink(href: text))
        case "description": builder.entry?.summary = FeedContent(text: text, type: .html)
        case "author": builder.entry?.authors.append(FeedPerson(rssAuthor: text))
        case "category": builder.entry?.categories.append(text)
        case "pubDate":
            let published = builder.date(text, in: XMLName("", local), line: line)
            builder.entry?.published = published
        case "guid": builder.entry?.id = text
        default: break
        }
    }
}
