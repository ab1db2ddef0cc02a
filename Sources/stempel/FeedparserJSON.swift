import Foundation
import Syndication

/// A parsed feed in Python feedparser's result shape ("feedjson"), so that feedparser's own test
/// expectations and field-by-field comparisons can run against Stempel's parser.
///
/// Dates are ISO 8601 UTC strings in the `*_parsed` keys; RSS enclosures are `links` with
/// `rel: "enclosure"`. Keys the feed did not carry are left out, as feedparser leaves them out.
enum FeedparserJSON {
    static func object(for feed: ParsedFeed) -> [String: Any] {
        [
            "bozo": !feed.isWellFormed,
            "bozo_exception": feed.isWellFormed ? nil : feed.problems.first,
            "version": version(of: feed.format),
            "encoding": feed.encoding,
            "feed": channel(feed),
            "entries": feed.entries.map(entry),
        ].compactMapValues { $0 }
    }

    /// The shape for a document that could not be read at all: feedparser still answers, with `bozo`.
    static func object(for error: FeedParsingError) -> [String: Any] {
        ["bozo": true, "bozo_exception": error.description, "version": "", "encoding": "utf-8", "feed": [String: Any](), "entries": [Any]()]
    }

    /// feedparser's version names.
    private static func version(of format: FeedFormat) -> String {
        switch format {
        case .atom: "atom10"
        case .rss2: "rss20"
        default: format.rawValue
        }
    }

    private static func channel(_ feed: ParsedFeed) -> [String: Any] {
        var object = extensions(feed.extensions)
        put(feed.titleConstruct, "title", into: &object)
        put(feed.subtitleConstruct, "subtitle", into: &object)
        put(feed.rights, "rights", into: &object)
        putLinks(feed.links, into: &object)
        object["id"] = feed.id
        putDate(feed.updated, "updated", feed.dateTexts, into: &object)
        putDate(feed.published, "published", feed.dateTexts, into: &object)
        putDate(feed.created, "created", feed.dateTexts, into: &object)
        putPeople(feed.authors, feed.contributors, into: &object)
        object["language"] = feed.language
        object["generator"] = feed.generator
        if feed.generator != nil || feed.generatorURI != nil {
            object["generator_detail"] = ["name": feed.generator, "href": feed.generatorURI, "version": feed.generatorVersion].compactMapValues { $0 }
        }
        object["icon"] = feed.icon
        object["logo"] = feed.logo
        if let image = feed.image {
            object["image"] = [
                "href": image.url as Any?, "title": image.title, "link": image.link, "width": image.width, "height": image.height,
                "description": image.description,
            ].compactMapValues { $0 }
        }
        put(feed.info, "info", into: &object)
        object["cloud"] = feed.cloud
        object["textinput"] = feed.textInput
        putPublisher(feed.publisher, into: &object)
        putTags(feed.tags, into: &object)
        return object
    }

    private static func entry(_ entry: FeedEntry) -> [String: Any] {
        var object = extensions(entry.extensions)
        object["id"] = entry.id
        if entry.id != nil {
            object["guidislink"] = entry.idIsPermalink && entry.alternateLink?.href == entry.id
        }
        put(entry.titleConstruct, "title", into: &object)
        putLinks(entry.links, into: &object)
        putDate(entry.updated, "updated", entry.dateTexts, into: &object)
        putDate(entry.published, "published", entry.dateTexts, into: &object)
        putDate(entry.created, "created", entry.dateTexts, into: &object)
        putDate(entry.expires, "expired", entry.dateTexts, into: &object)
        putPeople(entry.authors, entry.contributors, into: &object)
        let contentIsText = entry.content.map { [.text, .html, .xhtml].contains($0.type) } ?? false
        put(entry.summary ?? (contentIsText ? entry.content : nil), "summary", into: &object)
        if let content = entry.content {
            object["content"] = [detail(content)]
        }
        put(entry.rights, "rights", into: &object)
        putTags(entry.tags, into: &object)
        object["comments"] = entry.commentsPage
        object["wfw_commentrss"] = entry.commentFeed
        object["wfw_comment"] = entry.commentAPI
        object["slash_comments"] = entry.commentCount.map(String.init)
        object["thr_total"] = entry.totalReplies.map(String.init)
        object["language"] = entry.language
        putPublisher(entry.publisher, into: &object)
        if let source = entry.source {
            object["source"] = Self.source(source)
        }
        if let reply = entry.inReplyTo.first {
            object["thr_in-reply-to"] = ["ref": reply.ref, "href": reply.href, "type": reply.type, "source": reply.source].compactMapValues { $0 }
        }
        return object
    }

    /// Unknown elements under their names; validity dates also as `*_parsed`, as feedparser gives them.
    private static func extensions(_ values: [String: String]) -> [String: Any] {
        var object: [String: Any] = values
        for key in ["validity_start", "validity_end"] {
            if let text = values[key], let date = FeedParser.date(from: text) {
                object[key + "_parsed"] = date.formatted(.iso8601)
            }
        }
        return object
    }

    private static func source(_ source: FeedSource) -> [String: Any] {
        var object: [String: Any] = [:]
        put(source.title, "title", into: &object)
        put(source.subtitle, "subtitle", into: &object)
        put(source.rights, "rights", into: &object)
        putLinks(source.links, into: &object)
        if let selfLink = source.links.first(where: { $0.rel == "self" }) {
            object["href"] = selfLink.href
        }
        object["id"] = source.id
        putDate(source.updated, "updated", into: &object)
        putPeople(source.authors, source.contributors, into: &object)
        object["generator"] = source.generator
        if source.generator != nil || source.generatorURI != nil {
            object["generator_detail"] = ["name": source.generator, "href": source.generatorURI, "version": source.generatorVersion].compactMapValues
            { $0 }
        }
        object["icon"] = source.icon
        object["logo"] = source.logo
        putTags(source.tags, into: &object)
        return object
    }

    private static func putPublisher(_ publisher: FeedPerson?, into object: inout [String: Any]) {
        guard let publisher else { return }
        object["publisher"] = display(publisher)
        object["publisher_detail"] = person(publisher)
    }

    private static func detail(_ content: FeedContent) -> [String: Any] {
        var detail: [String: Any] = ["type": content.type.mediaType, "value": content.text, "base": content.base ?? ""]
        detail["language"] = content.language ?? NSNull()
        if let source = content.source {
            detail["src"] = source
        }
        return detail
    }

    private static func put(_ content: FeedContent?, _ key: String, into object: inout [String: Any]) {
        guard let content else { return }
        object[key] = content.text
        object[key + "_detail"] = detail(content)
    }

    private static func putLinks(_ links: [FeedLink], into object: inout [String: Any]) {
        guard !links.isEmpty else { return }
        object["links"] = links.map { link -> [String: Any] in
            var item: [String: Any] = ["rel": link.rel, "href": link.href]
            item["type"] = link.type ?? (link.rel == "enclosure" ? nil : link.rel == "self" ? "application/atom+xml" : "text/html")
            item["title"] = link.title
            item["hreflang"] = link.hreflang
            item["length"] = link.length.map(String.init)
            item["thr_count"] = link.replyCount.map(String.init)
            return item
        }
        if let alternate = links.first(where: { $0.rel == FeedLink.alternate }) {
            object["link"] = alternate.href
        }
    }

    /// The date as written under `key` and, when it could be read, as UTC under `key_parsed`.
    private static func putDate(_ date: Date?, _ key: String, _ texts: [String: String] = [:], into object: inout [String: Any]) {
        let parsed = date?.formatted(.iso8601)
        object[key] = texts[key] ?? parsed
        object[key + "_parsed"] = parsed
    }

    private static func putPeople(_ authors: [FeedPerson], _ contributors: [FeedPerson], into object: inout [String: Any]) {
        if let first = authors.first {
            object["author"] = display(first)
            object["author_detail"] = person(first)
            object["authors"] = authors.map(person)
        }
        if !contributors.isEmpty {
            object["contributors"] = contributors.map(person)
        }
    }

    private static func person(_ person: FeedPerson) -> [String: Any] {
        ["name": person.name, "email": person.email, "href": person.uri].compactMapValues { $0 }
    }

    /// `Name (email)`, as feedparser writes an author.
    private static func display(_ person: FeedPerson) -> String {
        switch (person.name, person.email) {
        case (let name?, let email?): "\(name) (\(email))"
        case (let name?, nil): name
        case (nil, let email?): email
        case (nil, nil): person.uri ?? ""
        }
    }

    private static func putTags(_ tags: [FeedCategory], into object: inout [String: Any]) {
        guard !tags.isEmpty else { return }
        object["tags"] = tags.map { tag in ["term": tag.term, "scheme": tag.scheme ?? NSNull(), "label": tag.label ?? NSNull()] as [String: Any] }
    }
}
