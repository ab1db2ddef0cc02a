import CLibXML2

/// libxml2's SAX2 callbacks: each turns its arguments into a queued ``SAXEventReader/Event``.
///
/// libxml2 calls them with the user data it was given, the reader, unretained: the reader owns
/// the parser context and outlives every call.
extension SAXEventReader {
    /// The handler libxml2 copies into the parser context. Everything not set here stays off:
    /// no tree is built, no external subset or entity is resolved, declarations are not stored.
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { data, local, prefix, uri, namespaceCount, namespaces, attributeCount, _, attributes in
            guard let data else { return }
            SAXEventReader.reader(data).startElement(
                local: local, prefix: prefix, uri: uri, namespaces: (namespaces, Int(namespaceCount)),
                attributes: (attributes, Int(attributeCount)))
        }
        handler.endElementNs = { data, _, _, _ in
            guard let data else { return }
            SAXEventReader.reader(data).endElement()
        }
        let characters: charactersSAXFunc = { data, text, length in
            guard let data, let text, length > 0 else { return }
            SAXEventReader.reader(data).characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        handler.cdataBlock = characters
        handler.ignorableWhitespace = characters
        handler.reference = { data, name in
            // An entity the document uses but does not declare, where its external subset might
            // (RSS 0.91's Netscape DTD and `&eacute;`): the reading loop reads HTML's names.
            guard let data else { return }
            let reader = SAXEventReader.reader(data)
            reader.events.append(
                SAXEventReader.Event(kind: .entityReference, name: XMLName("", reader.names.string(name)), line: reader.parserLine ?? 0))
        }
        handler.getEntity = { _, _ in nil }
        handler.getParameterEntity = { _, _ in nil }
        handler.internalSubset = { data, _, publicID, _ in
            guard let data else { return }
            let reader = SAXEventReader.reader(data)
            reader.noteDoctype(publicID: publicID.map { String(cString: $0) })
        }
        handler.entityDecl = { data, _, _, _, _, _ in
            guard let data else { return }
            SAXEventReader.reader(data).refuseEntityDeclaration()
        }
        handler.unparsedEntityDecl = { data, _, _, _, _ in
            guard let data else { return }
            SAXEventReader.reader(data).refuseEntityDeclaration()
        }
        handler.serror = { data, error in
            guard let data, let error else { return }
            SAXEventReader.reader(data).record(error.pointee)
        }
        return handler
    }

    private static func reader(_ data: UnsafeMutableRawPointer) -> SAXEventReader {
        Unmanaged<SAXEventReader>.fromOpaque(data).takeUnretainedValue()
    }

    private func noteDoctype(publicID: String?) {
        doctypePublicIDNoted = publicID
        events.append(Event(kind: .documentType, line: parserLine ?? 0))
    }

    private func startElement(
        local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
        namespaces: (UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int),
        attributes: (UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int)
    ) {
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

    private func endElement() {
        // `<a/>` is one node, as in xmlTextReader: its end is implied.
        if endIsImplied {
            endIsImplied = false
        } else {
            events.append(Event(kind: .endElement))
        }
    }

    private func characters(_ text: UnsafeBufferPointer<xmlChar>) {
        // libxml2 hands text over in pieces of a few hundred bytes: consecutive pieces make one node.
        if let last = events.indices.last, events[last].kind == .text {
            events[last].text += String(decoding: text, as: UTF8.self)
        } else {
            events.append(Event(kind: .text, text: String(decoding: text, as: UTF8.self)))
        }
    }

    /// `prefix:local`, or the local name alone.
    private func qualified(_ prefix: UnsafePointer<xmlChar>?, _ local: UnsafePointer<xmlChar>?) -> String {
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
