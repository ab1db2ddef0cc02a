import CLibXML2

/// The nodes libxml2's SAX2 callbacks report for one chunk of a document, until
/// ``SAXChunkParser`` hands them on in a ``SAXBatch``.
///
/// A struct behind a pointer the reader allocates (libxml2's user data), not properties of the
/// reader: a class's stored properties are checked for exclusive access at run time on every
/// use, and the callbacks run a few times per element, which cost more than the parsing saved.
struct SAXEventQueue {
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

    /// The parser context the callbacks come from, for its position and to stop it.
    var context: xmlParserCtxtPtr?
    let errors = XMLErrorCollector()
    /// Nodes of the chunk being parsed.
    var events: [Event] = []
    /// Text read since the last queued node, as UTF-8.
    private var pendingText: [UInt8] = []
    /// Whether the element just started is written `<a/>`, so its end callback makes no node.
    private var endIsImplied = false
    private var names = InternedStrings()
    /// The line of the first entity declaration, if the document has one.
    private(set) var entityDeclarationLine: Int?
    /// The public identifier of the DOCTYPE, if any.
    private(set) var doctypePublicID: String?

    /// The line libxml2 has read to.
    var parserLine: Int? {
        guard let input = context?.pointee.input, input.pointee.line > 0 else { return nil }
        return Int(input.pointee.line)
    }

    /// Records a libxml2 error; stops at the first fatal one, after which nothing is read.
    mutating func record(_ error: xmlError) {
        errors.record(error)
        if errors.fatal != nil, let context {
            xmlStopParser(context)
        }
    }

    /// Stops at an entity declaration: the document is refused.
    mutating func refuseEntityDeclaration() {
        if entityDeclarationLine == nil {
            entityDeclarationLine = parserLine ?? 1
        }
        if let context {
            xmlStopParser(context)
        }
    }

    mutating func noteDoctype(publicID: String?) {
        doctypePublicID = publicID
        flushText()
        events.append(Event(kind: .documentType, line: parserLine ?? 0))
    }

    /// An entity the document uses but does not declare, where its external subset might.
    mutating func reference(_ name: UnsafePointer<xmlChar>?) {
        flushText()
        events.append(Event(kind: .entityReference, name: XMLName("", names.string(name)), line: parserLine ?? 0))
    }

    mutating func startElement(
        local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
        namespaces: (UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int),
        attributes: (UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int)
    ) {
        flushText()
        let position = startTagPosition
        let qualifiedName = qualified(prefix, local)
        // An undeclared prefix: like libxml2's tree builder, the name as written in no namespace.
        let localName = prefix != nil && uri == nil ? qualifiedName : names.string(local)
        var event = Event(
            kind: .element, name: XMLName(names.string(uri), localName), qualifiedName: qualifiedName, line: position.line,
            isEmpty: position.isEmpty)
        if attributes.1 > 0 || namespaces.1 > 0 {
            event.attributes.reserveCapacity(attributes.1 + namespaces.1)
        }
        if let list = attributes.0 {
            // Five pointers per attribute: local name, prefix, URI, value and the value's end.
            for index in 0..<attributes.1 {
                let field = list + 5 * index
                guard let start = field[3], let end = field[4] else { continue }
                let value = Self.attributeValue(UnsafeBufferPointer(start: start, count: end - start))
                let qualifiedName = qualified(field[1], field[0])
                let localName = field[1] != nil && field[2] == nil ? qualifiedName : names.string(field[0])
                event.attributes.append(Attribute(qualifiedName: qualifiedName, name: XMLName(names.string(field[2]), localName), value: value))
            }
        }
        if let list = namespaces.0 {
            // Two pointers per declaration: the prefix (none for the default namespace) and the URI.
            for index in 0..<namespaces.1 {
                let prefix = list[2 * index]
                let uri = names.string(list[2 * index + 1])
                let written = prefix.map { "xmlns:" + names.string($0) } ?? "xmlns"
                event.attributes.append(
                    Attribute(qualifiedName: written, name: XMLName(FeedNamespace.xmlns, prefix.map { names.string($0) } ?? "xmlns"), value: uri))
            }
        }
        endIsImplied = event.isEmpty
        events.append(event)
    }

    mutating func endElement() {
        // `<a/>` is one node, as in xmlTextReader: its end is implied.
        if endIsImplied {
            endIsImplied = false
        } else {
            flushText()
            events.append(Event(kind: .endElement))
        }
    }

    mutating func characters(_ text: UnsafeBufferPointer<xmlChar>) {
        // libxml2 hands text over in pieces of a few hundred bytes, and every reference (`&lt;`)
        // as a piece of its own: consecutive pieces are gathered as bytes and make one node.
        pendingText.append(contentsOf: text)
    }

    /// Queues the text gathered since the last node as one text node.
    mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        events.append(Event(kind: .text, text: String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll(keepingCapacity: true)
    }

    /// The current start tag, from the parser's position when the callback runs: its line, and
    /// whether `/>` follows (how xmlTextReader tells `<a/>` from `<a></a>`).
    private var startTagPosition: (line: Int, isEmpty: Bool) {
        guard let input = context?.pointee.input else { return (0, false) }
        let line = Int(input.pointee.line)
        guard let cursor = input.pointee.cur, let end = input.pointee.end, end - cursor >= 2 else { return (line, false) }
        return (line, cursor[0] == UInt8(ascii: "/") && cursor[1] == UInt8(ascii: ">"))
    }

    /// `prefix:local`, or the local name alone.
    private mutating func qualified(_ prefix: UnsafePointer<xmlChar>?, _ local: UnsafePointer<xmlChar>?) -> String {
        guard let prefix else { return names.string(local) }
        return names.string(prefix) + ":" + names.string(local)
    }

    /// An attribute value as the tree builder would store it. Without entity substitution libxml2
    /// writes an `&` that came from `&amp;` or `&#38;` as `&#38;` (no other entity can be
    /// defined here, and undeclared ones are dropped by the parser): that is undone.
    static func attributeValue(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        let reference = Array("&#38;".utf8)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), index + 5 <= bytes.count, bytes[index..<index + 5].elementsEqual(reference) {
                result.append(UInt8(ascii: "&"))
                index += 5
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
