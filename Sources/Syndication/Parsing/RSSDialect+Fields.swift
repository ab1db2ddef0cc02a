extension RSSDialect {
    /// Stores an ended child of `channel` (or, in RDF, of the root).
    mutating func endChannelChild(_ element: EndTag, into builder: inout FeedBuilder) {
        let text = element.text
        guard !text.isEmpty || element.name.local == "description" else { return }
        switch element.name.local {
        case "title":
            let title = Self.construct(element)
            builder.feed.titleConstruct = title
            builder.feed.title = title.strippedText
        case "description":
            let subtitle = FeedContent(text: Self.resolved(element), type: .html, language: element.language, base: element.base)
            builder.feed.subtitleConstruct = subtitle
            builder.feed.subtitle = subtitle.strippedText
        case "link": builder.addLink(FeedLink(href: element.url ?? text))
        case "language": builder.feed.language = text
        case "copyright": builder.feed.rights = Self.construct(element)
        case "generator": builder.feed.generator = text
        case "managingEditor", "author":
            builder.addPerson(FeedPerson(rssAuthor: text), contributor: false, inEntry: false)
        case "webMaster":
            builder.feed.publisher = FeedPerson(rssAuthor: text)
        case "category": builder.addTag(FeedCategory(term: text, scheme: categoryDomain), inEntry: false)
        case "lastBuildDate": builder.setDate(text, .updated, inEntry: false, element: element.name, line: element.line)
        case "pubDate": builder.setDate(text, .published, inEntry: false, element: element.name, line: element.line)
        case "docs": builder.addExtension("docs", element.url ?? text, inEntry: false)
        default: builder.addExtension(element.extensionKey(ownNamespace: true), text, inEntry: false)
        }
    }

    /// Stores an ended child of the open `item`.
    mutating func endItemChild(_ element: EndTag, into builder: inout FeedBuilder) {
        let text = element.text
        guard !text.isEmpty else { return }
        switch element.name.local {
        case "title":
            let title = Self.construct(element)
            builder.entry?.titleConstruct = title
            builder.entry?.title = title.strippedText
        case "link": builder.addLink(FeedLink(href: element.url ?? text))
        case "description", "summary":
            // Both may appear: the first is the summary, the second the content, as feedparser reads them.
            let html = FeedContent(text: Self.resolved(element), type: .html, language: element.language, base: element.base)
            if builder.entry?.summary == nil {
                builder.entry?.summary = html
            } else if builder.entry?.content == nil {
                builder.entry?.content = html
            }
        case "source": builder.entry?.source?.title = FeedContent(text: text, language: element.language, base: element.base)
        case "author": builder.addPerson(FeedPerson(rssAuthor: text), contributor: false, inEntry: true)
        case "category": builder.addTag(FeedCategory(term: text, scheme: categoryDomain), inEntry: true)
        case "comments": builder.entry?.commentsPage = element.url
        case "pubDate": builder.setDate(text, .published, inEntry: true, element: element.name, line: element.line)
        case "expirationDate": builder.setDate(text, .expired, inEntry: true, element: element.name, line: element.line)
        case "fullitem":
            builder.entry?.content = FeedContent(text: Self.resolved(element), type: .html, language: element.language, base: element.base)
        case "guid":
            builder.entry?.id = guidIsPermaLink ? element.url : text
        case "tags":
            for term in text.split(separator: ",") where !String(term).trimmingWhitespace.isEmpty {
                builder.addTag(FeedCategory(term: String(term).trimmingWhitespace), inEntry: true)
            }
        default: builder.addExtension(element.extensionKey(ownNamespace: true), text, inEntry: true)
        }
    }

    /// Stores an ended child of `image`.
    mutating func endImageChild(_ element: EndTag, into builder: inout FeedBuilder) {
        let text = element.text
        switch element.name.local {
        case "url":
            builder.feed.image?.url = element.url
            builder.feed.logo = builder.feed.logo ?? element.url
        case "title": builder.feed.image?.title = text.nonEmpty
        case "link": builder.feed.image?.link = element.url
        case "width": builder.feed.image?.width = Int(text)
        case "height": builder.feed.image?.height = Int(text)
        case "description": builder.feed.image?.description = text.nonEmpty
        default: break
        }
    }

    /// A plain-text RSS element, typed as HTML when it has child elements or looks like HTML (as feedparser guesses).
    private static func construct(_ element: EndTag) -> FeedContent {
        let isHTML = element.isMarkup || HTMLSniffer.looksLikeHTML(element.text)
        return FeedContent(
            text: isHTML ? resolved(element) : element.text, type: isHTML ? .html : .text, language: element.language, base: element.base)
    }

    /// HTML text with its relative URLs resolved (markup serialized from elements already is).
    private static func resolved(_ element: EndTag) -> String {
        element.isMarkup ? element.text : MarkupURLResolver.resolve(element.text, against: element.base)
    }
}
