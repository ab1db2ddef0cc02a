import CLibXML2

/// Reads a document with libxml2's SAX2 push parser, the strict pass's reader.
///
/// The document is pushed to libxml2 a chunk at a time; the SAX callbacks (see
/// `SAXEventReader+Callbacks.swift`) queue the chunk's nodes, which ``read()`` then hands out
/// one by one with the interface of ``XMLStreamReader``. Unlike `xmlTextReader`, which builds and
/// frees a tree node per event, names and text arrive as byte pointers and become strings once;
/// the queue never holds more than one chunk's nodes, so memory stays independent of the
/// document's size. The parser stops (`xmlStopParser`) as soon as the document declares an
/// entity, and nothing is read past the first well-formedness error.
///
/// The same safety options as the stream reader: no network, no entity substitution, no DTD
/// loading or attribute defaulting, no XInclude, no `XML_PARSE_HUGE`, the process-wide deny-all
/// entity loader, and no external subset callback at all. Entities are looked up by no one
/// (`getEntity` answers `nil`): only XML's five predefined ones are read. Owns its parser
/// context and frees it in `deinit`; the input bytes must outlive the reader. One reader per
/// parse, used on one thread.
final class SAXEventReader: XMLEventReader {
    /// An attribute or namespace declaration as written.
    struct Attribute {
        var qualifiedName: String
        var name: XMLName
        var value: String
    }

    /// One queued node.
    struct Event {
        var kind: XMLNodeKind
        var name = XMLName("", "")
        var qualifiedName = ""
        var text = ""
        var line = 0
        var isEmpty = false
        /// Attributes, then namespace declarations (in the `xmlns` namespace).
        var attributes: [Attribute] = []
    }

    /// Bytes pushed to libxml2 per call: large enough that the calls cost nothing, small enough
    /// that the queue of one chunk's nodes stays small.
    private static let chunkSize = 32 * 1024

    private var context: xmlParserCtxtPtr?
    private let errors = XMLErrorCollector()
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var finished = false
    private var stopped = false
    /// Nodes of the chunk being read, and the index of the next one.
    var events: [Event] = []
    private var position = 0
    private var current = Event(kind: .other)
    /// The line of the first entity declaration, if the document has one.
    var entityDeclarationLine: Int?
    var names = InternedStrings()
    /// Whether the element just started is written `<a/>`, so its end callback makes no node.
    var endIsImplied = false
    var doctypePublicIDNoted: String?
    var doctypePublicID: String? { doctypePublicIDNoted }

    var doctypeDeclaresEntities: Bool { false }
    var firstFatalError: LocatedProblem? { errors.fatal }
    var unlistedProblemCount: Int { errors.unlistedCount }

    /// Creates a reader over `bytes`.
    /// - Parameter encoding: an encoding name that overrides the byte order mark and the XML
    ///   declaration (from HTTP), or `nil` to let libxml2 detect it.
    init(bytes: UnsafeRawBufferPointer, encoding: String? = nil) throws(FeedParsingError) {
        _ = XMLStreamReader.libraryReady
        // The handler is per thread in libxml2; set it on the thread that parses.
        xmlSetStructuredErrorFunc(nil, XMLStreamReader.discardError)
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw .malformedXML("The document is empty.", line: 1)
        }
        guard bytes.count <= Int(Int32.max) else {
            throw .inputTooLarge(size: bytes.count, limit: Int(Int32.max))
        }
        self.bytes = bytes
        var handler = Self.handler()
        // Like xmlTextReader: the first four bytes go with the context, for the encoding's detection.
        let first = bytes.count >= 4 ? 4 : 0
        let this = Unmanaged.passUnretained(self).toOpaque()
        guard
            let context = xmlCreatePushParserCtxt(
                &handler, this, first > 0 ? base.assumingMemoryBound(to: CChar.self) : nil, Int32(first), nil)
        else {
            throw .malformedXML("libxml2 could not create a parser.", line: nil)
        }
        self.context = context
        offset = first
        xmlCtxtUseOptions(context, XMLStreamReader.options)
        if let encoding, let converter = xmlFindCharEncodingHandler(encoding) {
            xmlSwitchToEncoding(context, converter)
        }
    }

    deinit {
        if let context {
            xmlFreeParserCtxt(context)
        }
    }

    func read() throws(FeedParsingError) -> Bool {
        while position == events.count {
            if let line = entityDeclarationLine {
                throw .entityDeclarations(line: line)
            }
            if let fatal = errors.fatal {
                throw .malformedXML(fatal.message, line: fatal.line ?? parserLine, code: errors.fatalCode)
            }
            if stopped {
                throw .malformedXML("The XML parser stopped.", line: parserLine)
            }
            if finished {
                return false
            }
            events.removeAll(keepingCapacity: true)
            position = 0
            pushNextChunk()
        }
        if let line = entityDeclarationLine {
            throw .entityDeclarations(line: line)
        }
        // Moved out of the queue, not copied: no retain and release of its strings.
        swap(&current, &events[position])
        position += 1
        return true
    }

    private func pushNextChunk() {
        guard let context, let base = bytes.baseAddress else {
            finished = true
            return
        }
        let size = min(Self.chunkSize, bytes.count - offset)
        let isLast = offset + size == bytes.count
        let status = xmlParseChunk(context, (base + offset).assumingMemoryBound(to: CChar.self), Int32(size), isLast ? 1 : 0)
        offset += size
        if isLast {
            finished = true
        }
        if status != 0 || context.pointee.instate == XML_PARSER_EOF && !isLast {
            finished = true
            stopped = errors.fatal == nil && entityDeclarationLine == nil && status != 0
        }
    }

    var nodeKind: XMLNodeKind { current.kind }
    var name: XMLName { current.name }
    var qualifiedName: String { current.qualifiedName }
    var value: String { current.text }
    var isEmptyElement: Bool { current.isEmpty }
    var line: Int? { current.line > 0 ? current.line : parserLine }

    func attributes() -> XMLAttributes {
        var result = XMLAttributes()
        for attribute in current.attributes where attribute.name.namespace != FeedNamespace.xmlns {
            result.append(attribute.name, attribute.value)
        }
        return result
    }

    func writtenAttributes() -> [(name: String, namespace: String, value: String)] {
        current.attributes.map { ($0.qualifiedName, $0.name.namespace, $0.value) }
    }

    func takeProblems() -> [LocatedProblem] { errors.takeProblems() }

    /// The line libxml2 has read to.
    var parserLine: Int? {
        guard let input = context?.pointee.input, input.pointee.line > 0 else { return nil }
        return Int(input.pointee.line)
    }

    /// Records a libxml2 error; stops at the first fatal one, after which nothing is read.
    func record(_ error: xmlError) {
        errors.record(error)
        if errors.fatal != nil, let context {
            xmlStopParser(context)
        }
    }

    /// Stops at an entity declaration: the document is refused.
    func refuseEntityDeclaration() {
        if entityDeclarationLine == nil {
            entityDeclarationLine = parserLine ?? 1
        }
        if let context {
            xmlStopParser(context)
        }
    }

    /// The current start tag, from the parser's position when the callback runs: its line, and
    /// whether `/>` follows (how xmlTextReader tells `<a/>` from `<a></a>`).
    var startTagPosition: (line: Int, isEmpty: Bool) {
        guard let input = context?.pointee.input else { return (0, false) }
        let line = Int(input.pointee.line)
        guard let cursor = input.pointee.cur, let end = input.pointee.end, end - cursor >= 2 else { return (line, false) }
        return (line, cursor[0] == UInt8(ascii: "/") && cursor[1] == UInt8(ascii: ">"))
    }
}
