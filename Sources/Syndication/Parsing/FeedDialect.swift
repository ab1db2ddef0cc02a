/// Reads the elements of one feed dialect into a ``FeedBuilder``.
///
/// The parser's loop owns the XML reader, the limits and the text gathering; a dialect only maps
/// names to fields. Each call gets the element's parent (the root itself is handled by ``begin(root:into:)``),
/// so a dialect can tell `entry/title` from `feed/title` and from `entry/source/title`, which must
/// be ignored. Adding a dialect means adding a type and a case in ``FeedParser``'s root detection.
protocol FeedDialect {
    /// Called once with the root element, before its children.
    mutating func begin(root: StartTag, into builder: inout FeedBuilder)

    /// Called at every element start below the root; says what to gather for the element.
    mutating func start(_ tag: StartTag, parent: XMLName, into builder: inout FeedBuilder) throws(FeedParsingError) -> TextCapture

    /// Called at every element end below the root with the text gathered for it (trimmed).
    mutating func end(_ element: EndTag, parent: XMLName, into builder: inout FeedBuilder)
}

/// An element end as a dialect sees it: the name, the text gathered (trimmed), the start tag's
/// line and the base URL in effect for the element.
struct EndTag {
    var name: XMLName
    var text: String
    var line: Int?
    var base: String?
    /// The language in effect for the element.
    var language: String?
    /// Whether the text is serialized child markup (only for ``TextCapture/markup``).
    var isMarkup = false
    /// The name as written, with its prefix.
    var qualifiedName = ""

    /// The name an unknown element is kept under: its local name in the dialect's own namespace,
    /// else `prefix_local`, lowercased, as feedparser names them.
    func extensionKey(ownNamespace: Bool) -> String {
        (ownNamespace ? name.local : qualifiedName.replacingOccurrences(of: ":", with: "_")).lowercased()
    }

    /// The text as a URL resolved against the base; `nil` when empty.
    var url: String? {
        text.isEmpty ? nil : URLResolver.resolve(text, against: base)
    }
}

/// What the parser's loop gathers for an element while it is open.
enum TextCapture {
    /// Nothing: the dialect ignores the element's text.
    case none
    /// The element's own text nodes (not its children's), concatenated.
    case text
    /// The element's text, or, once a child element appears, its children serialized as markup
    /// (Atom XHTML and inline content, RSS descriptions with unescaped HTML). Children are not
    /// handed to the dialect: they are content, not feed structure.
    case markup
}
