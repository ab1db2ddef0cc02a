import Foundation

/// Renders a ``FeedDocument`` as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1).
///
/// The older archive page becomes `next_url` (JSON Feed pages backwards in time), the hub a
/// `hubs` entry of type `WebSub`. What JSON Feed has no field for goes in a `_stempel` extension
/// object, as the specification asks: the comment count and comment feed of a column, the column a
/// comment answers.
///
/// ```swift
/// let data = JSONFeedWriter().data(from: document)
/// ```
public struct JSONFeedWriter: Sendable {
    /// The `version` every document carries.
    public static let version = "https://jsonfeed.org/version/1.1"

    /// Creates a writer.
    public init() {}

    /// The document as UTF-8 JSON, keys sorted so that equal documents are equal bytes.
    public func data(from document: FeedDocument) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, number, array or nested value of these: encoding cannot fail.
        return (try? encoder.encode(JSONFeed(document))) ?? Data("{}".utf8)
    }
}

/// The JSON Feed 1.1 top-level object.
private struct JSONFeed: Encodable {
    let version = JSONFeedWriter.version
    let title: String
    let homePageURL: String?
    let feedURL: String?
    let description: String?
    let nextURL: String?
    let language: String?
    let authors: [Author]?
    let hubs: [Hub]?
    let items: [Item]

    enum CodingKeys: String, CodingKey {
        case version, title, description, language, authors, hubs, items
        case homePageURL = "home_page_url"
        case feedURL = "feed_url"
        case nextURL = "next_url"
    }

    init(_ document: FeedDocument) {
        title = document.title
        homePageURL = document.alternateLink
        feedURL = document.selfLink
        description = document.subtitle
        nextURL = document.archive?.previous
        language = document.language
        authors = document.author.map { [Author($0)] }
        hubs = document.hub.map { [Hub(type: "WebSub", url: $0)] }
        items = document.entries.map(Item.init)
    }

    struct Author: Encodable {
        let name: String
        let url: String?

        init(_ person: FeedDocument.Person) {
            name = person.name
            url = person.uri
        }
    }

    struct Hub: Encodable {
        let type: String
        let url: String
    }

    struct Item: Encodable {
        let id: String
        let url: String?
        let title: String
        let contentHTML: String?
        let contentText: String?
        let summary: String?
        let datePublished: String?
        let dateModified: String
        let authors: [Author]?
        let tags: [String]?
        let stempel: Extension?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, tags
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
            case dateModified = "date_modified"
            case stempel = "_stempel"
        }

        init(_ entry: FeedDocument.Entry) {
            id = entry.id
            url = entry.alternateLink
            title = entry.title
            switch entry.content {
            case .html(let markup):
                contentHTML = markup
                contentText = nil
            case .text(let plain):
                contentHTML = nil
                contentText = plain
            case nil:
                // JSON Feed requires content: fall back to the summary as text.
                contentHTML = nil
                contentText = entry.summary.map(Self.plain) ?? ""
            }
            summary = entry.summary.map(Self.plain)
            datePublished = entry.published.map(RFC3339.string)
            dateModified = RFC3339.string(from: entry.updated)
            authors = entry.author.map { [Author($0)] }
            tags = entry.categories.isEmpty ? nil : entry.categories
            stempel = Extension(entry)
        }

        private static func plain(_ text: FeedDocument.Text) -> String {
            switch text {
            case .text(let plain), .html(let plain): plain
            }
        }
    }

    /// Stempel's fields that JSON Feed lacks; absent when an item has none of them.
    struct Extension: Encodable {
        let commentCount: Int?
        let commentsURL: String?
        let lastCommentAt: String?
        let inReplyTo: String?
        let inReplyToURL: String?

        enum CodingKeys: String, CodingKey {
            case commentCount = "comment_count"
            case commentsURL = "comments_url"
            case lastCommentAt = "last_comment_at"
            case inReplyTo = "in_reply_to"
            case inReplyToURL = "in_reply_to_url"
        }

        init?(_ entry: FeedDocument.Entry) {
            guard entry.replies != nil || entry.inReplyTo != nil else { return nil }
            commentCount = entry.replies.map { max(0, $0.count) }
            commentsURL = entry.replies?.href
            lastCommentAt = entry.replies?.updated.map(RFC3339.string)
            inReplyTo = entry.inReplyTo?.ref
            inReplyToURL = entry.inReplyTo?.href
        }
    }
}
