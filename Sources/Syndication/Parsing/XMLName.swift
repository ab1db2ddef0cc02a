/// An element or attribute name as a namespace URI and a local name.
///
/// Names are always matched this way: a prefix is only a document's local shorthand, so
/// `<a:entry xmlns:a="http://www.w3.org/2005/Atom">` is an Atom entry and `<atom:entry>` bound to
/// any other URI is not.
struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, or `""` for a name in no namespace.
    var namespace: String
    /// The local part of the name.
    var local: String

    init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    /// `{namespace}local` (Clark notation), or just `local` outside any namespace.
    var description: String {
        namespace.isEmpty ? local : "{\(namespace)}\(local)"
    }
}

/// The namespace URIs the parser and the writer know about.
enum FeedNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let thread = "http://purl.org/syndication/thread/1.0"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    /// The namespace of `xmlns` attributes; those are declarations, not data.
    static let xmlns = "http://www.w3.org/2000/xmlns/"
}
