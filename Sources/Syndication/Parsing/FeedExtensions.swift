/// The extension elements read in every dialect, on the feed and on entries: Dublin Core (and
/// its terms), `content:encoded`, `wfw:commentRss`, `slash:comments`, RFC 4685 threading, and
/// `atom:link` inside RSS.
///
/// The dialect's own elements win where both say the same thing: `content:encoded` only fills an
/// empty content, `dc:title` an empty title.
enum FeedExtensions {
    private static let textElements: Set<XMLName> = [
        XMLName(FeedNamespace.dublinCore, "creator"), XMLName(FeedNamespace.dublinCore, "author"),
        XMLName(FeedNamespace.dublinCore, "contributor"), XMLName(FeedNamespace.dublinCore, "date"),
        XMLName(FeedNamespace.dublinCore, "subject"), XMLName(FeedNamespace.dublinCore, "title"),
        XMLName(FeedNamespace.dublinCore, "description"), XMLName(FeedNamespace.dublinCore, "rights"),
        XMLName(FeedNamespace.dublinCore, "language"), XMLName(FeedNamespace.dublinCore, "publisher"),
        XMLName(FeedNamespace.dublinCoreTerms, "issued"), XMLName(FeedNamespace.dublinCoreTerms, "modified"),
        XMLName(FeedNamespace.dublinCoreTerms, "created"), XMLName(FeedNamespace.wellFormedWeb, "comment"),
        XMLName(FeedNamespace.content, "encoded"),
        XMLName(FeedNamespace.wellFormedWeb, "commentRss"), XMLName(FeedNamespace.wellFormedWeb, "commentRSS"),
        XMLName(FeedNamespace.slash, "comments"), XMLName(FeedNamespace.thread, "total"),
    ]

    private static let encoded = XMLName(FeedNamespace.content, "encoded")

    /// Starts an extension element of the feed (`inEntry == false`) or of the open entry.
    static func start(_ tag: StartTag, inEntry: Bool, into builder: inout FeedBuilder) -> TextCapture {
        let name = tag.name
        if name == encoded {
            return .markup
        }
        if textElements.contains(name) {
            return .text
        }
        switch (name.namespace, name.local) {
        case (FeedNamespace.atom, "link"):
            if let link = FeedLink(atomLink: tag) {
                builder.addLink(link)
            }
        case ("http://web.resource.org/cc/", "license"):
            if let license = tag.url("resource", namespace: FeedNamespace.rdf) {
                builder.addLink(FeedLink(href: license, rel: "license"))
            }
        case (FeedNamespace.thread, "in-reply-to") where inEntry:
            if let ref = tag.attribute("ref")?.trimmingWhitespace, !ref.isEmpty {
                let reference = FeedReplyReference(ref: ref, href: tag.url("href"), type: tag.attribute("type"), source: tag.url("source"))
                builder.entry?.inReplyTo.append(reference)
            }
        case (FeedNamespace.atom, _), (FeedNamespace.rdf, _), (FeedNamespace.xhtml, _):
            break
        default:
            return .text  // kept under its name in `extensions`
        }
        return .none
    }

    /// Applies an ended extension element to the feed or the open entry.
    static func end(_ element: EndTag, inEntry: Bool, into builder: inout FeedBuilder) {
        let text = element.text
        guard !text.isEmpty else { return }
        let inEntry = inEntry && builder.hasEntry
        switch (element.name.namespace, element.name.local) {
        case (FeedNamespace.dublinCore, "creator"), (FeedNamespace.dublinCore, "author"):
            builder.addPerson(FeedPerson(rssAuthor: text), contributor: false, inEntry: inEntry)
        case (FeedNamespace.dublinCore, "contributor"):
            builder.addPerson(FeedPerson(name: text), contributor: true, inEntry: inEntry)
        case (FeedNamespace.dublinCore, "subject"):
            builder.addTag(FeedCategory(term: text), inEntry: inEntry)
        case (FeedNamespace.dublinCore, "date"), (FeedNamespace.dublinCoreTerms, "modified"):
            builder.setDate(text, .updated, inEntry: inEntry, element: element.name, line: element.line)
        case (FeedNamespace.dublinCoreTerms, "issued"):
            builder.setDate(text, .published, inEntry: inEntry, element: element.name, line: element.line)
        case (FeedNamespace.dublinCoreTerms, "created"):
            builder.setDate(text, .created, inEntry: inEntry, element: element.name, line: element.line)
        case (FeedNamespace.dublinCore, "language"):
            if inEntry { builder.entry?.language = text } else { builder.feed.language = text }
        case (FeedNamespace.dublinCore, "publisher"):
            if inEntry { builder.entry?.publisher = FeedPerson(rssAuthor: text) } else { builder.feed.publisher = FeedPerson(rssAuthor: text) }
        default:
            endText(element, inEntry: inEntry, into: &builder)
        }
    }

    private static func endText(_ element: EndTag, inEntry: Bool, into builder: inout FeedBuilder) {
        let text = element.text
        switch (element.name.namespace, element.name.local) {
        case (FeedNamespace.dublinCore, "title"):
            if inEntry, builder.entry?.title == nil {
                builder.entry?.titleConstruct = FeedContent(text: text, language: element.language, base: element.base)
                builder.entry?.title = text
            } else if !inEntry, builder.feed.title == nil {
                builder.feed.titleConstruct = FeedContent(text: text, language: element.language, base: element.base)
                builder.feed.title = text
            }
        case (FeedNamespace.dublinCore, "description"):
            if inEntry, builder.entry?.summary == nil {
                builder.entry?.summary = FeedContent(text: text, type: .html, language: element.language, base: element.base)
            } else if !inEntry, builder.feed.subtitle == nil {
                builder.feed.subtitleConstruct = FeedContent(text: text, language: element.language, base: element.base)
                builder.feed.subtitle = text
            }
        case (FeedNamespace.dublinCore, "rights"):
            let rights = FeedContent(text: text, language: element.language, base: element.base)
            if inEntry { builder.entry?.rights = rights } else { builder.feed.rights = rights }
        case (FeedNamespace.content, "encoded") where inEntry:
            if builder.entry?.content == nil {
                let html = element.isMarkup ? text : MarkupURLResolver.resolve(text, against: element.base)
                builder.entry?.content = FeedContent(text: html, type: .html, language: element.language, base: element.base)
            }
        case (FeedNamespace.dublinCoreTerms, "valid"):
            for part in text.split(separator: ";") {
                let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
                if pair.count == 2, pair[0] == "start" || pair[0] == "end" {
                    builder.addExtension("validity_" + pair[0], pair[1], inEntry: inEntry)
                }
            }
        case ("http://backend.userland.com/creativeCommonsRssModule", "license"):
            builder.addLink(FeedLink(href: element.url ?? text, rel: "license"))
        case (FeedNamespace.wellFormedWeb, "comment") where inEntry:
            builder.entry?.commentAPI = element.url
        case (FeedNamespace.wellFormedWeb, _) where inEntry:
            builder.entry?.commentFeed = element.url
        case (FeedNamespace.slash, "comments") where inEntry:
            builder.entry?.commentCount = Int(text)
        case (FeedNamespace.thread, "total") where inEntry:
            builder.entry?.totalReplies = Int(text)
        case (FeedNamespace.dublinCore, _), (FeedNamespace.dublinCoreTerms, _), (FeedNamespace.content, _), (FeedNamespace.wellFormedWeb, _),
            (FeedNamespace.slash, _), (FeedNamespace.thread, _):
            break
        default:
            builder.addExtension(element.extensionKey(ownNamespace: false), text, inEntry: inEntry)
        }
    }
}
