/// Atom 1.0 (RFC 4287): `feed`, `entry`, text constructs, person constructs, links, categories.
///
/// Elements under `entry/source` and any other unknown parent are ignored, so a source feed's
/// title never overwrites the entry's.
struct AtomDialect: FeedDialect {
    static let format = FeedFormat.atom
    static let root = XMLName(FeedNamespace.atom, "feed")
    private static let entry = XMLName(FeedNamespace.atom, "entry")
    private static let author = XMLName(FeedNamespace.atom, "author")
    private static let xhtmlDiv = XMLName(FeedNamespace.xhtml, "div")

    /// The type of the open text construct (`title`, `subtitle`, `summary`, `content`), if any.
    private var constructType: FeedContentType?
    /// The markup of the open XHTML construct's `div`, once it has ended.
    private var xhtmlMarkup: String?

    mutating func start(_ tag: StartTag, parent: XMLName, into builder: inout FeedBuilder) throws(FeedParsingError) -> TextCapture {
        let name = tag.name
        if name == Self.xhtmlDiv, constructType == .xhtml, xhtmlMarkup == nil, parent.namespace == FeedNamespace.atom {
            return .innerMarkup
        }
        let inEntry = parent == Self.entry && builder.entry != nil
        guard name.namespace == FeedNamespace.atom else {
            return inEntry ? EntryExtensions.capture(for: name) : .none
        }
        switch parent {
        case Self.root where name == Self.entry:
            try builder.beginEntry(line: tag.line)
        case Self.root:
            return startChild(tag, into: &builder)
        case Self.entry where inEntry:
            return startChild(tag, into: &builder)
        case Self.author where builder.person != nil:
            return ["name", "email", "uri"].contains(name.local) ? .text : .none
        default:
            break
        }
        return .none
    }

    /// Starts a child of `feed` or of the open `entry`.
    private mutating func startChild(_ tag: StartTag, into builder: inout FeedBuilder) -> TextCapture {
        switch tag.name.local {
        case "link":
            if let link = FeedLink(atomLink: tag) {
                builder.addLink(link)
            } else {
                builder.problem("A <link> without href was skipped.", line: tag.line)
            }
        case "category":
            if let term = tag.attribute("term")?.trimmingWhitespace, !term.isEmpty {
                builder.entry?.categories.append(term)
            }
        case "author" where builder.entry != nil:
            builder.person = FeedPerson()
        case "title", "subtitle", "summary", "content":
            constructType = Self.contentType(tag.attribute("type"))
            xhtmlMarkup = nil
            return .text
        case "id", "updated", "published":
            return .text
        default:
            break
        }
        return .none
    }

    mutating func end(_ name: XMLName, text: String, parent: XMLName, line: Int?, into builder: inout FeedBuilder) {
        if name == Self.xhtmlDiv, constructType == .xhtml, parent.namespace == FeedNamespace.atom {
            xhtmlMarkup = text
            return
        }
        guard name.namespace == FeedNamespace.atom else {
            if parent == Self.entry {
                EntryExtensions.end(name, text: text, line: line, into: &builder)
            }
            return
        }
        switch parent {
        case Self.root:
            endFeedChild(name, text: text, line: line, into: &builder)
        case Self.entry:
            endEntryChild(name, text: text, line: line, into: &builder)
        case Self.author:
            switch name.local {
            case "name": builder.person?.name = text
            case "email": builder.person?.email = text
            case "uri": builder.person?.uri = text
            default: break
            }
        default:
            break
        }
    }

    private mutating func endFeedChild(_ name: XMLName, text: String, line: Int?, into builder: inout FeedBuilder) {
        switch name.local {
        case "entry": builder.endEntry()
        case "title": builder.feed.title = construct(text, line: line, into: &builder).text
        case "subtitle": builder.feed.subtitle = construct(text, line: line, into: &builder).text
        case "id": builder.feed.id = text
        case "updated": builder.feed.updated = builder.date(text, in: name, line: line)
        default: break
        }
    }

    private mutating func endEntryChild(_ name: XMLName, text: String, line: Int?, into builder: inout FeedBuilder) {
        // Values are computed before the assignment: reading and writing `builder` in one statement overlaps.
        switch name.local {
        case "id":
            builder.entry?.id = text
        case "title":
            let title = construct(text, line: line, into: &builder).text
            builder.entry?.title = title
        case "summary":
            let summary = construct(text, line: line, into: &builder).nonEmpty
            builder.entry?.summary = summary
        case "content":
            let content = construct(text, line: line, into: &builder).nonEmpty
            builder.entry?.content = content
        case "published":
            let published = builder.date(text, in: name, line: line)
            builder.entry?.published = published
        case "updated":
            let updated = builder.date(text, in: name, line: line)
            builder.entry?.updated = updated
        case "author":
            builder.endPerson()
        default:
            break
        }
    }

    /// Closes the open text construct; for XHTML its text is the markup inside the `div`.
    private mutating func construct(_ text: String, line: Int?, into builder: inout FeedBuilder) -> FeedContent {
        defer {
            constructType = nil
            xhtmlMarkup = nil
        }
        let type = constructType ?? .text
        guard type == .xhtml else { return FeedContent(text: text, type: type) }
        if xhtmlMarkup == nil, !text.isEmpty {
            builder.problem("XHTML text without its wrapping <div> was read as plain text.", line: line)
            return FeedContent(text: text, type: .text)
        }
        return FeedContent(text: xhtmlMarkup ?? "", type: .xhtml)
    }

    /// Atom's `type` attribute; the HTML and plain-text media types mean what `html` and `text` mean.
    private static func contentType(_ attribute: String?) -> FeedContentType {
        switch attribute?.trimmingWhitespace.lowercased() {
        case nil, "", "text", "text/plain": .text
        case "html", "text/html": .html
        case "xhtml": .xhtml
        case let other?: FeedContentType(rawValue: other)
        }
    }
}

extension FeedContent {
    /// `nil` when there is no text, so that an empty `<summary/>` reads as no summary.
    fileprivate var nonEmpty: FeedContent? { text.isEmpty ? nil : self }
}
