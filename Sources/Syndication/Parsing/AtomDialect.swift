/// Atom 1.0 (RFC 4287) and its draft, Atom 0.3: `feed`, `entry`, text constructs, person
/// constructs, links, categories, `source`, and RFC 4685 threading.
///
/// Atom 0.3 differs in names (`tagline`, `copyright`, `modified`, `issued`, `info`), in media
/// types for `type`, and in `mode` (`escaped`, `xml`, `base64`). Inside `entry/source` the
/// feed-level elements describe the source feed and are kept apart, so a source feed's title
/// never overwrites the entry's.
struct AtomDialect: FeedDialect {
    private let namespace: String
    private let isLegacy: Bool
    private let entry: XMLName

    /// The open text construct (`title`, `subtitle`, `summary`, `content`, `rights`, ...), if any.
    private var construct: OpenConstruct?

    /// A dialect for the namespace the root element is in (Atom 1.0's, Atom 0.3's, or one of the
    /// drafts' namespaces that feeds still carry).
    init(namespace: String, legacy: Bool) {
        self.namespace = namespace
        self.isLegacy = legacy
        self.entry = XMLName(namespace, "entry")
    }

    mutating func begin(root: StartTag, into builder: inout FeedBuilder) {
        builder.feed.format = isLegacy ? .atom03 : .atom
        if let language = root.language {
            builder.feed.language = language
        }
    }

    mutating func start(_ tag: StartTag, parent: XMLName, into builder: inout FeedBuilder) throws(FeedParsingError) -> TextCapture {
        let name = tag.name
        guard parent.namespace == namespace else { return .none }
        let inEntry = parent == entry && builder.hasEntry && !builder.inSource
        let atFeed = parent.local == "feed" || (parent.local == "source" && builder.inSource)
        guard name.namespace == namespace else {
            return inEntry || atFeed ? FeedExtensions.start(tag, inEntry: inEntry, into: &builder) : .none
        }
        if parent.local == "feed", name.local == "entry" {
            try builder.beginEntry(line: tag.line)
            return .none
        }
        if inEntry, name.local == "source" {
            builder.beginSource()
            return .none
        }
        if inEntry || atFeed {
            return startChild(tag, inEntry: inEntry, into: &builder)
        }
        if builder.person != nil, parent.local == "author" || parent.local == "contributor" {
            return ["name", "email", "uri", "url", "homepage"].contains(name.local) ? .text : .none
        }
        return .none
    }

    /// Starts a child of `feed`, of the open `entry` or of its `source`.
    private mutating func startChild(_ tag: StartTag, inEntry: Bool, into builder: inout FeedBuilder) -> TextCapture {
        switch tag.name.local {
        case "link":
            if let link = FeedLink(atomLink: tag) {
                builder.addLink(link)
            } else {
                builder.problem("A <link> without href was skipped.", line: tag.line)
            }
        case "category":
            if let term = tag.attribute("term")?.trimmingWhitespace, !term.isEmpty {
                let category = FeedCategory(term: term, scheme: tag.attribute("scheme")?.nonEmpty, label: tag.attribute("label")?.nonEmpty)
                builder.addTag(category, inEntry: inEntry)
            }
        case "author", "contributor":
            builder.beginPerson(contributor: tag.name.local == "contributor", inEntry: inEntry)
        case "title", "subtitle", "summary", "content", "rights", "tagline", "copyright", "info":
            construct = OpenConstruct(atom: tag, legacy: isLegacy)
            return .markup
        case "generator" where !inEntry:
            builder.feed.generatorURI = tag.url("uri") ?? tag.url("url")
            builder.feed.generatorVersion = tag.attribute("version")?.trimmingWhitespace.nonEmpty
            return .text
        case "id", "updated", "published", "modified", "issued", "created", "icon", "logo":
            return .text
        case "entry", "feed", "source":
            break
        default:
            return .text  // kept under its name in `extensions`
        }
        return .none
    }

    mutating func end(_ element: EndTag, parent: XMLName, into builder: inout FeedBuilder) {
        let name = element.name
        guard parent.namespace == namespace else { return }
        if name == XMLName(namespace, "source"), parent == entry {
            builder.endSource()
            return
        }
        let inEntry = parent == entry && builder.hasEntry && !builder.inSource
        let atFeed = parent.local == "feed" || (parent.local == "source" && builder.inSource)
        guard atFeed || inEntry else {
            if builder.person != nil, parent.local == "author" || parent.local == "contributor" {
                switch name.local {
                case "name": builder.person?.name = element.text.nonEmpty
                case "email": builder.person?.email = element.text.nonEmpty
                case "uri", "url", "homepage": builder.person?.uri = element.url
                default: break
                }
            }
            return
        }
        guard name.namespace == namespace else {
            FeedExtensions.end(element, inEntry: inEntry, into: &builder)
            return
        }
        if name.local == "entry", parent.local == "feed" {
            builder.endEntry()
        } else if name.local == "author" || name.local == "contributor" {
            builder.endPerson()
        } else if let construct {
            self.construct = nil
            finish(construct, element, inEntry: inEntry, into: &builder)
        } else {
            endValue(element, inEntry: inEntry, into: &builder)
        }
    }

    /// Stores a finished text construct.
    private func finish(_ construct: OpenConstruct, _ element: EndTag, inEntry: Bool, into builder: inout FeedBuilder) {
        let content = construct.content(from: element)
        if construct.type == .xhtml, !element.isMarkup, !element.text.isEmpty {
            builder.problem("XHTML text without its wrapping <div> was read as it is.", line: element.line)
        }
        let isEmpty = content.text.isEmpty && content.source == nil
        switch (element.name.local, inEntry) {
        case ("title", true):
            builder.entry?.titleConstruct = content
            builder.entry?.title = content.strippedText
        case ("title", false):
            builder.feed.titleConstruct = content
            builder.feed.title = content.strippedText
        case ("subtitle", false), ("tagline", false):
            builder.feed.subtitleConstruct = content
            builder.feed.subtitle = content.strippedText
        case ("info", false):
            builder.feed.info = content
        case ("summary", true):
            builder.entry?.summary = isEmpty ? nil : content
        case ("content", true):
            builder.entry?.content = isEmpty ? nil : content
        case ("rights", true), ("copyright", true):
            builder.entry?.rights = content
        case ("rights", false), ("copyright", false):
            builder.feed.rights = content
        default:
            break
        }
    }

    /// Stores a finished simple element of `feed` or the open entry.
    private func endValue(_ element: EndTag, inEntry: Bool, into builder: inout FeedBuilder) {
        let text = element.text
        switch element.name.local {
        case "id":
            let id = text.nonEmpty.map { URLResolver.resolve($0, against: element.base) }
            if inEntry { builder.entry?.id = id } else { builder.feed.id = id }
        case "updated", "modified":
            builder.setDate(text, .updated, inEntry: inEntry, element: element.name, line: element.line)
        case "published", "issued":
            builder.setDate(text, .published, inEntry: inEntry, element: element.name, line: element.line)
        case "created":
            builder.setDate(text, .created, inEntry: inEntry, element: element.name, line: element.line)
        case "generator" where !inEntry:
            builder.feed.generator = text.nonEmpty
        case "icon" where !inEntry:
            builder.feed.icon = element.url
        case "logo" where !inEntry:
            builder.feed.logo = element.url
        case "link", "category":
            break
        default:
            builder.addExtension(element.extensionKey(ownNamespace: true), text, inEntry: inEntry)
        }
    }
}

extension FeedContent {
    /// The text without markup: as is for plain text, tags removed and references decoded for HTML and XHTML.
    var strippedText: String? {
        let plain = type.isMarkup || type.rawValue.containsBytes("html") ? PlainText.from(markup: text) : text
        return plain.isEmpty ? nil : plain
    }
}
