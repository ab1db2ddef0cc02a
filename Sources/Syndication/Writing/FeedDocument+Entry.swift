import Foundation

extension FeedDocument {
    /// One entry of an ``FeedDocument``.
    public struct Entry: Sendable, Hashable {
        /// The entry's permanent identifier, e.g. a ``TagURI``'s description.
        public var id: String
        /// The title, as plain text.
        public var title: String
        /// When the entry was first published.
        public var published: Date?
        /// When the entry last changed in a way that matters to readers.
        public var updated: Date
        /// The author; required unless the feed has one.
        public var author: Person?
        /// Category terms (`category term="..."`).
        public var categories: [String]
        /// A short summary.
        public var summary: Text?
        /// The full content.
        public var content: Text?
        /// The entry's web page (`link rel="alternate"`).
        public var alternateLink: String?
        /// The comments on the entry, written as an RFC 4685 `replies` link with `thr:count`.
        public var replies: Replies?
        /// What the entry answers, when it is a comment (RFC 4685 `thr:in-reply-to`).
        public var inReplyTo: InReplyTo?

        /// Creates an entry.
        public init(
            id: String,
            title: String,
            published: Date? = nil,
            updated: Date,
            author: Person? = nil,
            categories: [String] = [],
            summary: Text? = nil,
            content: Text? = nil,
            alternateLink: String? = nil,
            replies: Replies? = nil,
            inReplyTo: InReplyTo? = nil
        ) {
            self.id = id
            self.title = title
            self.published = published
            self.updated = updated
            self.author = author
            self.categories = categories
            self.summary = summary
            self.content = content
            self.alternateLink = alternateLink
            self.replies = replies
            self.inReplyTo = inReplyTo
        }
    }

    /// Where an entry's comments are and how many there are (RFC 4685, Atom Threading Extensions).
    ///
    /// Written as `<link rel="replies" href="..." thr:count="3"/>` in Atom, as `slash:comments` and
    /// `wfw:commentRss` in RSS; Atom requires the `href`.
    public struct Replies: Sendable, Hashable {
        /// The number of comments (never negative in the output).
        public var count: Int
        /// Where the comments can be read (a page or a comment feed).
        public var href: String
        /// The media type of ``href``, e.g. `text/html` or `application/atom+xml`.
        public var type: String?
        /// When the latest comment was made (`thr:updated`).
        public var updated: Date?
        /// The comments as an RSS feed (`wfw:commentRss`), when there is one.
        public var rssFeed: String?

        /// Creates a replies link.
        public init(count: Int, href: String, type: String? = nil, updated: Date? = nil, rssFeed: String? = nil) {
            self.count = count
            self.href = href
            self.type = type
            self.updated = updated
            self.rssFeed = rssFeed
        }
    }

    /// The entry a comment answers (RFC 4685 `thr:in-reply-to`).
    public struct InReplyTo: Sendable, Hashable {
        /// The answered entry's permanent identifier (`ref`).
        public var ref: String
        /// Where the answered entry can be read (`href`).
        public var href: String?
        /// The media type of ``href``.
        public var type: String?

        /// Creates a reference.
        public init(ref: String, href: String? = nil, type: String? = nil) {
            self.ref = ref
            self.href = href
            self.type = type
        }
    }
}
