/// The node kinds the parser distinguishes; everything else (comments, PIs) is `other`.
enum XMLNodeKind {
    case element, endElement, text, entityReference, documentType, other
}

/// What ``FeedPass`` and ``FeedReadingLoop`` read a document through: one node at a time, with
/// its name, text and attributes. ``SAXEventReader`` reads well-formed documents (the strict
/// pass); ``XMLStreamReader`` walks the tree libxml2 builds in recover mode (the loose pass).
protocol XMLEventReader: AnyObject {
    /// Moves to the next node; `false` at the end of the document. Throws at the first fatal
    /// XML error (outside recovery) and when the document declares entities.
    func read() throws(FeedParsingError) -> Bool
    var nodeKind: XMLNodeKind { get }
    /// The current node's name, by namespace URI (never by prefix).
    var name: XMLName { get }
    /// The current node's name as written, with its prefix (`xlink:href`, `svg`).
    var qualifiedName: String { get }
    /// The current text node's text.
    var value: String { get }
    /// Whether the current element is written `<name/>`: no end-element node follows.
    var isEmptyElement: Bool { get }
    /// The line of the current node (the first line is 1), when known.
    var line: Int? { get }
    /// The attributes of the current element, namespace declarations left out.
    func attributes() -> XMLAttributes
    /// The current element's attributes as written (namespace declarations included), with
    /// their namespace URIs: for serializing embedded markup.
    func writtenAttributes() -> [(name: String, namespace: String, value: String)]
    /// Non-fatal errors libxml2 reported since the last call.
    func takeProblems() -> [LocatedProblem]
    /// How many non-fatal errors were beyond the cap and not kept.
    var unlistedProblemCount: Int { get }
    /// Whether the current node is a DOCTYPE whose internal subset declares entities.
    var doctypeDeclaresEntities: Bool { get }
    /// The public identifier of the current DOCTYPE node, if it has one (RSS 0.91's Netscape DTD).
    var doctypePublicID: String? { get }
    /// The first well-formedness error, if any.
    var firstFatalError: LocatedProblem? { get }
}
