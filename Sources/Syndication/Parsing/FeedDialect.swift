/// Reads the elements of one feed dialect into a ``FeedBuilder``.
///
/// The parser's loop owns the XML reader, the limits and the text gathering; a dialect only maps
/// names to fields. Each call gets the element's parent (the root itself is handled by the loop),
/// so a dialect can tell `entry/title` from `feed/title` and from `entry/source/title`, which must
/// be ignored. Adding a dialect (RSS 1.0, Atom 0.3) means
/// adding a type and a case in ``FeedParser``'s root detection.
protocol FeedDialect {
    /// The format recorded in the parsed feed.
    static var format: FeedFormat { get }

    /// Called at every element start below the root; says what to gather for the element.
    mutating func start(_ tag: StartTag, parent: XMLName, into builder: inout FeedBuilder) throws(FeedParsingError) -> TextCapture

    /// Called at every element end below the root with the text gathered for it (trimmed).
    mutating func end(_ name: XMLName, text: String, parent: XMLName, line: Int?, into builder: inout FeedBuilder)
}

/// What the parser's loop gathers for an element while it is open.
enum TextCapture {
    /// Nothing: the dialect ignores the element's text.
    case none
    /// The element's own text nodes (not its children's), concatenated.
    case text
    /// The markup of the element's children, serialized (for the `div` of Atom XHTML content).
    case innerMarkup
}
