import Foundation

/// Renders an ``FeedDocument`` as an Atom 1.0 (RFC 4287) document in UTF-8.
///
/// Every string is escaped for XML and stripped of characters XML 1.0 forbids; dates are written
/// in RFC 3339, UTC, whole seconds. The thread namespace (RFC 4685) is declared only when an entry
/// has ``FeedDocument/Replies`` or ``FeedDocument/InReplyTo``, the history namespace (RFC 5005)
/// only on archive pages.
///
/// ```swift
/// let data = AtomFeedWriter().data(from: document)
/// ```
public struct AtomFeedWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The document as a string, starting with the XML declaration.
    public func string(from document: FeedDocument) -> String {
        var output = XMLOutput()
        output.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        var attributes = [("xmlns", FeedNamespace.atom)]
        if document.entries.contains(where: { $0.replies != nil || $0.inReplyTo != nil }) {
            attributes.append(("xmlns:thr", FeedNamespace.thread))
        }
        if document.archive?.isArchive == true {
            attributes.append(("xmlns:fh", FeedNamespace.feedHistory))
        }
        if let base = document.base {
            attributes.append(("xml:base", base))
        }
        if let language = document.language {
            attributes.append(("xml:lang", language))
        }
        output.open("feed", attributes)
        if document.archive?.isArchive == true {
            output.empty("fh:archive", [])
        }
        output.element("id", document.id)
        output.element("title", document.title)
        if let subtitle = document.subtitle {
            output.element("subtitle", subtitle)
        }
        output.element("updated", RFC3339.string(from: document.updated))
        if let selfLink = document.selfLink {
            output.empty("link", [("rel", "self"), ("type", "application/atom+xml"), ("href", selfLink)])
        }
        if let alternateLink = document.alternateLink {
            output.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", alternateLink)])
        }
        if let hub = document.hub {
            output.empty("link", [("rel", "hub"), ("href", hub)])
        }
        for (relation, href) in document.archive?.relations ?? [] {
            output.empty("link", [("rel", relation), ("type", "application/atom+xml"), ("href", href)])
        }
        if let author = document.author {
            write(author, to: &output)
        }
        for entry in document.entries {
            write(entry, to: &output)
        }
        output.close("feed")
        return output.text
    }

    /// The document as UTF-8 bytes, ready to serve as `application/atom+xml`.
    public func data(from document: FeedDocument) -> Data {
        Data(string(from: document).utf8)
    }

    private func write(_ entry: FeedDocument.Entry, to output: inout XMLOutput) {
        output.open("entry")
        output.element("id", entry.id)
        output.element("title", entry.title)
        if let published = entry.published {
            output.element("published", RFC3339.string(from: published))
        }
        output.element("updated", RFC3339.string(from: entry.updated))
        if let author = entry.author {
            write(author, to: &output)
        }
        if let alternateLink = entry.alternateLink {
            output.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", alternateLink)])
        }
        if let replies = entry.replies {
            var attributes = [("rel", "replies")]
            if let type = replies.type {
                attributes.append(("type", type))
            }
            attributes += [("href", replies.href), ("thr:count", String(max(0, replies.count)))]
            if let updated = replies.updated {
                attributes.append(("thr:updated", RFC3339.string(from: updated)))
            }
            output.empty("link", attributes)
        }
        if let inReplyTo = entry.inReplyTo {
            var attributes = [("ref", inReplyTo.ref)]
            if let href = inReplyTo.href {
                attributes.append(("href", href))
            }
            if let type = inReplyTo.type {
                attributes.append(("type", type))
            }
            output.empty("thr:in-reply-to", attributes)
        }
        for category in entry.categories {
            output.empty("category", [("term", category)])
        }
        if let summary = entry.summary {
            write(summary, as: "summary", to: &output)
        }
        if let content = entry.content {
            write(content, as: "content", to: &output)
        }
        output.close("entry")
    }

    private func write(_ person: FeedDocument.Person, to output: inout XMLOutput) {
        output.open("author")
        output.element("name", person.name)
        if let email = person.email {
            output.element("email", email)
        }
        if let uri = person.uri {
            output.element("uri", uri)
        }
        output.close("author")
    }

    private func write(_ text: FeedDocument.Text, as name: String, to output: inout XMLOutput) {
        switch text {
        case .text(let value): output.element(name, value, attributes: [("type", "text")])
        case .html(let value): output.element(name, value, attributes: [("type", "html")])
        }
    }
}
