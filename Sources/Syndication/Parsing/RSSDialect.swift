/// RSS 0.90 to 2.0 and RSS 1.0: `channel`, `item`, `guid`, `enclosure`, `image`, plus the
/// extensions every dialect reads.
///
/// RSS 0.9x and 2.0 have a `rss` root with elements in no namespace; RSS 0.90 and 1.0 have an
/// `rdf:RDF` root with `channel` and `item` side by side, in their own namespaces. Both are read
/// by one dialect that treats those namespaces as "plain RSS". `description` is read as HTML, as
/// RSS readers do; a `guid` that is a permalink stands in for a missing `link`.
struct RSSDialect: FeedDialect {
    private static let plainNamespaces: Set<String> = FeedNamespace.rss2Variants.union(["", FeedNamespace.rss1, FeedNamespace.rss090])
    private static let channelFields: Set = [
        "title", "link", "description", "pubDate", "lastBuildDate", "language", "copyright", "managingEditor", "webMaster",
        "generator", "category", "author",
    ]
    private static let itemFields: Set = [
        "title", "link", "description", "author", "category", "pubDate", "guid", "comments", "source", "expirationDate", "fullitem", "summary",
    ]
    /// Fields whose text may be HTML written as elements rather than escaped.
    private static let markupFields: Set = ["title", "description", "summary"]
    private static let xhtmlBody = XMLName(FeedNamespace.xhtml, "body")

    /// Whether the open item's `guid` is a permalink (RSS's default when `isPermaLink` is absent).
    var guidIsPermaLink = false
    /// The open `category`'s `domain`.
    var categoryDomain: String?
    /// Nesting inside `image` or `textinput`, whose `title` and `link` are not the channel's.
    private var inImage = false

    mutating func begin(root: StartTag, into builder: inout FeedBuilder) {
        if root.name.local == "rss" {
            builder.feed.format = Self.format(version: root.attribute("version")?.trimmingWhitespace ?? "")
        }
        if let language = root.language {
            builder.feed.language = language
        }
    }

    private static func format(version: String) -> FeedFormat {
        switch version {
        case "0.93", "0.94": FeedFormat(rawValue: "rss0" + version.dropFirst(2))
        case "0.92": .rss092
        case "0.91": .rss091u
        case "0.90": .rss090
        default: version.hasPrefix("2") ? .rss2 : .rssUnknown
        }
    }

    private static func isPlain(_ name: XMLName, _ local: String) -> Bool {
        name.local == local && isPlain(namespace: name.namespace)
    }

    /// Whether elements in `namespace` are RSS's own; most are in no namespace, which needs no hashing.
    private static func isPlain(namespace: String) -> Bool {
        namespace.isEmpty || plainNamespaces.contains(namespace)
    }

    mutating func start(_ tag: StartTag, parent: XMLName, into builder: inout FeedBuilder) throws(FeedParsingError) -> TextCapture {
        let name = tag.name
        let atChannel = Self.isPlain(parent, "channel") || parent == XMLName(FeedNamespace.rdf, "RDF")
        let inItem = Self.isPlain(parent, "item") && builder.hasEntry
        if Self.isPlain(name, "item"), atChannel || Self.isPlain(parent, "rss") {
            noteRDFVersion(name, into: &builder)
            try builder.beginEntry(line: tag.line)
            guidIsPermaLink = false
            if let about = tag.attribute("about", namespace: FeedNamespace.rdf)?.trimmingWhitespace.nonEmpty {
                builder.entry?.id = about
            }
            return .none
        }
        if Self.isPlain(name, "channel") {
            noteRDFVersion(name, into: &builder)
            return .none
        }
        if Self.isPlain(name, "image") || Self.isPlain(name, "textinput") || Self.isPlain(name, "textInput") {
            inImage = true
            if Self.isPlain(name, "image"), builder.feed.image == nil {
                builder.feed.image = FeedImage()
            } else if !Self.isPlain(name, "image"), builder.feed.textInput == nil {
                builder.feed.textInput = [:]
            }
            return .none
        }
        if inImage {
            return (Self.isPlain(parent, "image") || Self.isPlain(parent, "textInput") || Self.isPlain(parent, "textinput"))
                && Self.isPlain(namespace: name.namespace) ? .text : .none
        }
        guard atChannel || inItem else { return .none }
        if inItem, name == Self.xhtmlBody {
            return .markup
        }
        guard Self.isPlain(namespace: name.namespace) else {
            return FeedExtensions.start(tag, inEntry: inItem, into: &builder)
        }
        switch name.local {
        case "cloud" where !inItem:
            builder.feed.cloud = Dictionary(tag.attributes.map { ($0.key.local.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
            return .none
        case "enclosure" where inItem:
            if let url = tag.url("url") {
                let length = tag.attribute("length").flatMap { Int($0.trimmingWhitespace) }
                builder.addLink(FeedLink(href: url, rel: "enclosure", type: tag.attribute("type")?.trimmingWhitespace.nonEmpty, length: length))
            }
        case "guid" where inItem:
            guidIsPermaLink = tag.attribute("isPermaLink")?.trimmingWhitespace.lowercased() != "false"
            return .text
        case "category":
            categoryDomain = tag.attribute("domain")?.trimmingWhitespace.nonEmpty
            return .text
        case "source" where inItem:
            builder.entry?.source = FeedSource(links: tag.url("url").map { [FeedLink(href: $0, rel: "self")] } ?? [])
            return .text
        default:
            return Self.markupFields.contains(name.local) ? .markup : .text
        }
        return .none
    }

    /// RDF feeds say their version through the namespace of `channel` and `item`.
    private func noteRDFVersion(_ name: XMLName, into builder: inout FeedBuilder) {
        if name.namespace == FeedNamespace.rss1 {
            builder.feed.format = .rss1
        } else if name.namespace == FeedNamespace.rss090 {
            builder.feed.format = .rss090
        }
    }

    mutating func end(_ element: EndTag, parent: XMLName, into builder: inout FeedBuilder) {
        let name = element.name
        if Self.isPlain(name, "image") || Self.isPlain(name, "textinput") || Self.isPlain(name, "textInput") {
            inImage = false
            return
        }
        if inImage {
            if Self.isPlain(parent, "image") {
                endImageChild(element, into: &builder)
            } else if !element.text.isEmpty {
                builder.feed.textInput?[name.local.lowercased()] = name.local == "link" ? element.url : element.text
            }
            return
        }
        if Self.isPlain(name, "item"), builder.hasEntry {
            endItem(into: &builder)
            return
        }
        let inItem = Self.isPlain(parent, "item") && builder.hasEntry
        guard inItem || Self.isPlain(parent, "channel") || parent == XMLName(FeedNamespace.rdf, "RDF") else { return }
        if inItem, name == Self.xhtmlBody {
            builder.entry?.content = FeedContent(text: element.text, type: .xhtml, language: element.language, base: element.base)
        } else if Self.isPlain(namespace: name.namespace) {
            if inItem {
                endItemChild(element, into: &builder)
            } else {
                endChannelChild(element, into: &builder)
            }
        } else {
            FeedExtensions.end(element, inEntry: inItem, into: &builder)
        }
    }

    private func endItem(into builder: inout FeedBuilder) {
        if guidIsPermaLink, let id = builder.entry?.id {
            builder.entry?.idIsPermalink = true
            if builder.entry?.links.contains(where: { $0.rel == FeedLink.alternate }) == false, id.hasPrefix("http") {
                builder.entry?.links.append(FeedLink(href: id))
            }
        }
        builder.endEntry()
    }
}
