import Foundation

/// What ``AtomFeedWriter`` renders: a feed of columns (or of anything with the same shape).
///
/// The caller supplies stable identifiers (see ``TagURI``) and dates; the writer adds nothing.
/// Atom requires an author on every entry: give the feed an ``author`` or give each entry one.
///
/// ```swift
/// let document = AtomFeedDocument(
///     id: TagURI(authority: "stempel.example", date: start, specific: "columns").description,
///     title: "Columns", updated: .now, entries: [entry])
/// let xml = AtomFeedWriter().string(from: document)
/// ```
public struct AtomFeedDocument: Sendable, Hashable {
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

    /// Creates a feed document.
    public init(
        id: String,
        title: String,
        subtitle: String? = nil,
        selfLink: String? = nil,
        alternateLink: String? = nil,
        updated: Date,
        author: Person? = nil,
        entries: [Entry] = []
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.selfLink = selfLink
        self.alternateLink = alternateLink
        self.updated = updated
        self.author = author
        self.entries = entries
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
