import Foundation

/// Renders a ``FeedDocument`` as an RSS 2.0 document in UTF-8.
///
/// Atom's richer model maps onto RSS the way feed readers expect it: the entry id becomes a
/// `guid` with `isPermaLink="false"`, the author `dc:creator` (RSS's own `author` wants an e-mail
/// address), the content `description` as escaped HTML, the comment count `slash:comments` with
/// `wfw:commentRss`, the column a comment answers RFC 4685's `thr:in-reply-to`, and the self, hub
/// and archive links `atom:link` elements. Dates are RFC 822 with a numeric zone.
///
/// ```swift
/// let data = RSSFeedWriter().data(from: document)
/// ```
public struct RSSFeedWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The document as a string, starting with the XML declaration.
    public func string(from document: FeedDocument) -> String {
        var output = XMLOutput()
        output.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        var attributes = [
            ("version", "2.0"), ("xmlns:atom", FeedNamespace.atom), ("xmlns:dc", FeedNamespace.dublinCore),
            ("xmlns:slash", FeedNamespace.slash), ("xmlns:wfw", FeedNamespace.wellFormedWeb),
        ]
        if document.archive?.isArchive == true {
            attributes.append(("xmlns:fh", FeedNamespace.feedHistory))
        }
        if document.entries.contains(where: { $0.inReplyTo != nil }) {
            attributes.append(("xmlns:thr", FeedNamespace.thread))
        }
        if let base = document.base {
            attributes.append(("xml:base", base))
        }
        output.open("rss", attributes)
        output.open("channel")
        if document.archive?.isArchive == true {
            output.empty("fh:archive", [])
        }
        output.element("title", document.title)
        output.element("link", document.alternateLink ?? document.selfLink ?? document.id)
        output.element("description", document.subtitle ?? document.title)
        if let language = document.language {
            output.element("language", language)
        }
        output.element("lastBuildDate", RFC822.string(from: document.updated))
        output.element("generator", "Stempel")
        if let selfLink = document.selfLink {
            output.empty("atom:link", [("rel", "self"), ("type", "application/rss+xml"), ("href", selfLink)])
        }
        if let hub = document.hub {
            output.empty("atom:link", [("rel", "hub"), ("href", hub)])
        }
        for (relation, href) in document.archive?.relations ?? [] {
            output.empty("atom:link", [("rel", relation), ("type", "application/rss+xml"), ("href", href)])
        }
        for entry in document.entries {
            write(entry, feedAuthor: document.author, to: &output)
        }
        output.close("channel")
        output.close("rss")
        return output.text
    }

    /// The document as UTF-8 bytes, ready to serve as `application/rss+xml`.
    public func data(from document: FeedDocument) -> Data {
        Data(string(from: document).utf8)
    }

    private func write(_ entry: FeedDocument.Entry, feedAuthor: FeedDocument.Person?, to output: inout XMLOutput) {
        output.open("item")
        output.element("title", entry.title)
        if let link = entry.alternateLink {
            output.element("link", link)
        }
        output.element("guid", entry.id, attributes: [("isPermaLink", "false")])
        output.element("pubDate", RFC822.string(from: entry.published ?? entry.updated))
        if let author = entry.author ?? feedAuthor {
            output.element("dc:creator", author.name)
        }
        for category in entry.categories {
            output.element("category", category)
        }
        if let text = entry.content ?? entry.summary {
            output.element("description", Self.html(text))
        }
        if let inReplyTo = entry.inReplyTo {
            // RFC 4685 is written for Atom, but its element is a plain namespaced extension that
            // RSS readers ignore and thread-aware ones (Stempel's own parser) use.
            output.empty("thr:in-reply-to", [("ref", inReplyTo.ref)] + (inReplyTo.href.map { [("href", $0)] } ?? []))
        }
        if let replies = entry.replies {
            output.element("slash:comments", String(max(0, replies.count)))
            if let rssFeed = replies.rssFeed {
                output.element("wfw:commentRss", rssFeed)
            }
        }
        output.close("item")
    }

    /// RSS descriptions are HTML; plain text is escaped so that it reads the same.
    private static func html(_ text: FeedDocument.Text) -> String {
        switch text {
        case .html(let markup): markup
        case .text(let plain): plain.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
    }
}
