import Foundation

/// What the feed writers render: a feed of columns or comments, in the shape of Atom, which
/// ``AtomFeedWriter``, ``RSSFeedWriter`` and ``JSONFeedWriter`` each map onto their format.
///
/// The caller supplies stable identifiers (see ``TagURI``), absolute URLs and dates; the writers
/// add nothing. Atom requires an author on every entry: give the feed an ``author`` or give each
/// entry one.
///
/// ```swift
/// let document = FeedDocument(
///     id: TagURI(authority: "stempel.example", date: start, specific: "columns").description,
///     title: "Columns", updated: .now, entries: [entry])
/// let xml = AtomFeedWriter().string(from: document)
/// ```
public struct FeedDocument: Sendable, Hashable {
    /// The feed's permanent identifier (`atom:id`), an IRI such as a `tag:` URI.
    public var id: String
    /// The feed's title, as plain text.
    public var title: String
    /// An optional subtitle, as plain text.
    public var subtitle: String?
    /// Where this feed is served (`link rel="self"`).
    public var selfLink: String?
    /// The web page the feed belongs to (`link rel="alternate"`).
    public var alternateLink: String?
    /// When the feed last changed in a way that matters to readers.
    public var updated: Date
    /// The feed's author, inherited by entries without one.
    public var author: Person?
    /// The entries, in the order to write them (newest first, by convention).
    public var entries: [Entry]
    /// The base URL for relative references (`xml:base`); the ``selfLink``'s site, usually.
    public var base: String?
    /// A WebSub hub that subscribers are pointed to (`link rel="hub"`).
    public var hub: String?
    /// Links to the other documents of an archived feed (RFC 5005).
    public var archive: ArchiveLinks?
    /// The language of the text (`xml:lang`, JSON Feed's `language`), e.g. `nl`.
    public var language: String?

    /// Creates a feed document.
    public init(
        id: String,
        title: String,
        subtitle: String? = nil,
        selfLink: String? = nil,
        alternateLink: String? = nil,
        updated: Date,
        author: Person? = nil,
        entries: [Entry] = [],
        base: String? = nil,
        hub: String? = nil,
        archive: ArchiveLinks? = nil,
        language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.selfLink = selfLink
        self.alternateLink = alternateLink
        self.updated = updated
        self.author = author
        self.entries = entries
        self.base = base
        self.hub = hub
        self.archive = archive
        self.language = language
    }

    /// Where a document of an archived feed (RFC 5005, section 4) stands among the others.
    ///
    /// The subscription document has only ``previous``; an archive document has ``isArchive``,
    /// ``current`` and whichever neighbours exist.
    public struct ArchiveLinks: Sendable, Hashable {
        /// Whether this document is an archive page (`fh:archive`), which never changes once full.
        public var isArchive: Bool
        /// The subscription document (`rel="current"`).
        public var current: String?
        /// The next older archive page (`rel="prev-archive"`).
        public var previous: String?
        /// The next newer archive page (`rel="next-archive"`).
        public var next: String?

        /// The links that exist, as (relation, href) pairs in a fixed order.
        var relations: [(String, String)] {
            [("current", current), ("prev-archive", previous), ("next-archive", next)].compactMap { relation, href in
                href.map { (relation, $0) }
            }
        }

        /// Creates the links.
        public init(isArchive: Bool, current: String? = nil, previous: String? = nil, next: String? = nil) {
            self.isArchive = isArchive
            self.current = current
            self.previous = previous
            self.next = next
        }
    }

    /// An Atom person construct.
    public struct Person: Sendable, Hashable {
        /// The name (required by Atom).
        public var name: String
        /// An e-mail address.
        public var email: String?
        /// A web address for the person.
        public var uri: String?

        /// Creates a person.
        public init(name: String, email: String? = nil, uri: String? = nil) {
            self.name = name
            self.email = email
            self.uri = uri
        }
    }

    /// An Atom text construct: plain text, or HTML that the writer escapes once more.
    public enum Text: Sendable, Hashable {
        /// Plain text (`type="text"`).
        case text(String)
        /// HTML markup (`type="html"`), e.g. `"<p>Hallo</p>"`.
        case html(String)
    }
}
