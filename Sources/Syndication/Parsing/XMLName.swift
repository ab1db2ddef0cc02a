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
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss1 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// Namespaces some RSS 2.0 feeds put their plain elements in; read as no namespace.
    static let rss2Variants: Set = ["http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss", "http://backend.userland.com/rss"]
    static let thread = "http://purl.org/syndication/thread/1.0"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let wellFormedWeb = "http://wellformedweb.org/CommentAPI/"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    /// RFC 5005 Feed Paging and Archiving (`fh:archive`).
    static let feedHistory = "http://purl.org/syndication/history/1.0"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    /// The namespace of `xml:base` and `xml:lang`.
    static let xml = "http://www.w3.org/XML/1998/namespace"
    /// The namespace of `xmlns` attributes; those are declarations, not data.
    static let xmlns = "http://www.w3.org/2000/xmlns/"
}
