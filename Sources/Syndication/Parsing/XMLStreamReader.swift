import CLibXML2

/// A thin, safe wrapper over libxml2's streaming reader (`xmlTextReader`) with safe options.
///
/// Owns the reader and frees it in `deinit`; strings libxml2 hands over for us to free are freed
/// at once. The input bytes are not copied, so they must outlive the reader: create and use it
/// inside one `withUnsafeBytes`.
final class XMLStreamReader {
    /// The node kinds the parser distinguishes; everything else (comments, PIs) is `other`.
    enum NodeKind {
        case element, endElement, text, entityReference, documentType, other
    }

    private let reader: xmlTextReaderPtr
    private let errors = XMLErrorCollector()

    /// No network, CDATA merged into text, no entity substitution, no DTD loading or defaulting,
    /// no XInclude, no `XML_PARSE_HUGE`: libxml2's own size limits stay on.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Global libxml2 set-up, once per process: initialise the library and refuse every external entity.
    private static let libraryReady: Void = {
        xmlInitParser()
        stempel_installDenyAllEntityLoader()
    }()

    init(bytes: UnsafeRawBufferPointer) throws(FeedParsingError) {
        _ = Self.libraryReady
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw .malformedXML("The document is empty.", line: 1)
        }
        guard bytes.count <= Int(Int32.max) else {
            throw .inputTooLarge(size: bytes.count, limit: Int(Int32.max))
        }
        let chars = base.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(chars, Int32(bytes.count), nil, nil, Self.options) else {
            throw .malformedXML("libxml2 could not create a reader.", line: nil)
        }
        self.reader = reader
        let context = Unmanaged.passUnretained(errors).toOpaque()
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
    }

    /// Moves to the next node; `false` at the end of the document. Throws at the first fatal XML error.
    func read() throws(FeedParsingError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if let fatal = errors.fatal {
            throw .malformedXML(fatal.message, line: fatal.line ?? parserLine)
        }
        switch status {
        case 1: return true
        case 0: return false
        default: throw .malformedXML("The XML reader stopped.", line: parserLine)
        }
    }

    var nodeKind: NodeKind {
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
        XMLName(Self.string(xmlTextReaderConstNamespaceUri(reader)) ?? "", Self.string(xmlTextReaderConstLocalName(reader)) ?? "")
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
    func attributes() -> [XMLName: String] {
        var result: [XMLName: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let attribute = name
            if attribute.namespace != FeedNamespace.xmlns {
                result[attribute] = value
            }
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The markup of the current element's children; the reader stays on the element.
    func innerMarkup() -> String {
        guard let markup = xmlTextReaderReadInnerXml(reader) else { return "" }
        defer { stempel_xmlFree(markup) }
        return String(cString: markup)
    }

    /// Whether the current node is a DOCTYPE whose internal subset declares general or parameter entities.
    var doctypeDeclaresEntities: Bool {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_DTD_NODE else { return false }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self)
        return dtd.pointee.entities != nil || dtd.pointee.pentities != nil
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
