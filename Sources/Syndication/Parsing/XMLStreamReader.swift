import CLibXML2

/// A thin, safe wrapper over libxml2's streaming reader (`xmlTextReader`) with safe options.
///
/// Owns the reader and frees it in `deinit`; strings libxml2 hands over for us to free are freed
/// at once. The input bytes are not copied, so they must outlive the reader: create and use it
/// inside one `withUnsafeBytes`.
///
/// Since the SAX2 reader (``SAXEventReader``) took over well-formed documents, it only walks the
/// tree libxml2 builds in recover mode, but it still reads a document as a stream too.
final class XMLStreamReader: XMLEventReader {

    private let reader: xmlTextReaderPtr
    private let errors = XMLErrorCollector()
    /// In recovery, the tree libxml2 built in recover mode, which the reader walks.
    private let document: xmlDocPtr?

    /// No network, CDATA merged into text, no entity substitution, no DTD loading or defaulting,
    /// no XInclude, no `XML_PARSE_HUGE`: libxml2's own size limits stay on.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)
    /// The loose second pass adds only `XML_PARSE_RECOVER`: every safety option above stays.
    static let recoveringOptions = options | Int32(XML_PARSE_RECOVER.rawValue)

    /// Global libxml2 set-up, once per process: initialise the library and refuse every external entity.
    static let libraryReady: Void = {
        xmlInitParser()
        stempel_installDenyAllEntityLoader()
        xmlThrDefSetStructuredErrorFunc(nil, XMLStreamReader.discardError)
    }()

    /// Errors libxml2 raises outside a reader's own handler (encoding conversion, I/O) would go to
    /// stderr; they are reported through the reader's fatal error anyway.
    static let discardError: xmlStructuredErrorFunc = { _, _ in }

    /// Whether fatal errors are listed and skipped (libxml2's recover mode) instead of thrown.
    let isRecovering: Bool

    /// Readies libxml2 on the calling thread (its error handler is per thread) and checks that
    /// `bytes` is a document it can take: what both readers, this one and ``SAXEventReader``, do first.
    static func prepare(_ bytes: UnsafeRawBufferPointer) throws(FeedParsingError) -> UnsafeRawPointer {
        _ = libraryReady
        xmlSetStructuredErrorFunc(nil, discardError)
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw .malformedXML("The document is empty.", line: 1)
        }
        guard bytes.count <= Int(Int32.max) else {
            throw .inputTooLarge(size: bytes.count, limit: Int(Int32.max))
        }
        return base
    }

    /// Creates a reader over `bytes`.
    ///
    /// libxml2's streaming reader stops at the first well-formedness error even in recover mode,
    /// so the recovering pass has libxml2 build the document's tree in recover mode and walks that
    /// tree with the same reader interface (`xmlReaderWalker`). It costs a tree the size of the
    /// document, only for documents that are not well-formed; the caller must have made sure the
    /// document declares no entities (``PrologScanner``), as the strict pass does.
    /// - Parameters:
    ///   - encoding: an encoding name that overrides the byte order mark and the XML declaration
    ///     (from HTTP), or `nil` to let libxml2 detect it.
    ///   - recovering: read past well-formedness errors (the second, loose pass).
    init(bytes: UnsafeRawBufferPointer, encoding: String? = nil, recovering: Bool = false) throws(FeedParsingError) {
        let base = try Self.prepare(bytes)
        let chars = base.assumingMemoryBound(to: CChar.self)
        errors.recovering = recovering
        let context = Unmanaged.passUnretained(errors).toOpaque()
        if recovering {
            let (document, walker) = try Self.recoveredTree(chars, count: bytes.count, encoding: encoding, errors: context)
            self.document = document
            self.reader = walker
        } else {
            guard let reader = xmlReaderForMemory(chars, Int32(bytes.count), nil, encoding, Self.options) else {
                throw .malformedXML("libxml2 could not create a reader.", line: nil)
            }
            self.document = nil
            self.reader = reader
        }
        self.isRecovering = recovering
        // A walker has no parser (its errors were collected while the tree was built): only a
        // streaming reader takes a handler.
        guard document == nil else { return }
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
            },
            context
        )
    }

    deinit {
        xmlFreeTextReader(reader)
        if let document {
            xmlFreeDoc(document)
        }
    }

    /// Moves to the next node; `false` at the end of the document. Throws at the first fatal XML error.
    func read() throws(FeedParsingError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if !isRecovering, let fatal = errors.fatal {
            throw .malformedXML(fatal.message, line: fatal.line ?? parserLine, code: errors.fatalCode)
        }
        switch status {
        case 1: return true
        case 0: return false
        default:
            // In recovery whatever could be read is kept; the errors are already listed.
            if isRecovering { return false }
            throw .malformedXML("The XML reader stopped.", line: parserLine)
        }
    }

    var nodeKind: XMLNodeKind {
        switch xmlReaderTypes(rawValue: UInt32(clamping: xmlTextReaderNodeType(reader))) {
        case XML_READER_TYPE_ELEMENT: .element
        case XML_READER_TYPE_END_ELEMENT: .endElement
        case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE, XML_READER_TYPE_SIGNIFICANT_WHITESPACE: .text
        case XML_READER_TYPE_ENTITY_REFERENCE: .entityReference
        case XML_READER_TYPE_DOCUMENT_TYPE: .documentType
        default: .other
        }
    }

    /// The current node's name, by namespace URI (never by prefix).
    var name: XMLName {
        XMLName(interned(xmlTextReaderConstNamespaceUri(reader)), interned(xmlTextReaderConstLocalName(reader)))
    }

    private var names = InternedStrings()

    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        names.string(pointer)
    }

    /// The current text node's text.
    var value: String {
        Self.string(xmlTextReaderConstValue(reader)) ?? ""
    }

    /// Whether the current element is written `<name/>`: no end-element node follows.
    var isEmptyElement: Bool {
        xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// The line of the current node (the first line is 1), when libxml2 knows it.
    var line: Int? {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 {
                return Int(line)
            }
        }
        return parserLine
    }

    /// The attributes of the current element, namespace declarations left out.
    func attributes() -> XMLAttributes {
        var result = XMLAttributes()
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let attribute = name
            if attribute.namespace != FeedNamespace.xmlns {
                result.append(attribute, value)
            }
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The current node's name as written, with its prefix (`xlink:href`, `svg`).
    var qualifiedName: String {
        interned(xmlTextReaderConstName(reader))
    }

    /// The current element's attributes as written (namespace declarations included), with
    /// their namespace URIs, in document order: for serializing embedded markup.
    func writtenAttributes() -> [(name: String, namespace: String, value: String)] {
        var result: [(name: String, namespace: String, value: String)] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            result.append((qualifiedName, Self.string(xmlTextReaderConstNamespaceUri(reader)) ?? "", value))
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// Whether the current node is a DOCTYPE whose internal subset declares general or parameter entities.
    var doctypeDeclaresEntities: Bool {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_DTD_NODE else { return false }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self)
        return dtd.pointee.entities != nil || dtd.pointee.pentities != nil
    }

    /// The first well-formedness error, if any (in recovery mode the document was read past it).
    var firstFatalError: LocatedProblem? { errors.fatal }

    /// The public identifier of the current DOCTYPE node, if it has one (RSS 0.91's Netscape DTD).
    var doctypePublicID: String? {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_DTD_NODE else { return nil }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self)
        return dtd.pointee.ExternalID.map { String(cString: $0) }
    }

    /// Non-fatal errors libxml2 reported since the last call, in document order.
    func takeProblems() -> [LocatedProblem] { errors.takeProblems() }

    /// How many non-fatal errors were beyond the cap and not kept.
    var unlistedProblemCount: Int { errors.unlistedCount }

    private var parserLine: Int? {
        let line = xmlTextReaderGetParserLineNumber(reader)
        return line > 0 ? Int(line) : nil
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
