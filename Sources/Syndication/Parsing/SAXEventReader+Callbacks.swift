import CLibXML2

/// libxml2's SAX2 callbacks: each hands its arguments to the reader's ``SAXEventQueue``.
///
/// libxml2 calls them with the user data it was given, the queue's pointer: ``SAXChunkParser``
/// owns the parser context and the queue, and outlives every call.
extension SAXEventReader {
    /// The handler libxml2 copies into the parser context. Everything not set here stays off:
    /// no tree is built, no external subset or entity is resolved, declarations are not stored.
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { data, local, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
            // The last `defaultedCount` attributes are defaults from the DOCTYPE's `ATTLIST`s; like
            // libxml2's tree builder without `XML_PARSE_DTDATTR`, they are left out.
            SAXEventReader.queue(data)?.pointee.startElement(
                local: local, prefix: prefix, uri: uri, namespaces: (namespaces, Int(namespaceCount)),
                attributes: (attributes, Int(attributeCount) - Int(defaultedCount)))
        }
        handler.endElementNs = { data, _, _, _ in
            SAXEventReader.queue(data)?.pointee.endElement()
        }
        let characters: charactersSAXFunc = { data, text, length in
            guard let text, length > 0 else { return }
            SAXEventReader.queue(data)?.pointee.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        handler.cdataBlock = characters
        handler.ignorableWhitespace = characters
        handler.reference = { data, name in
            // An undeclared entity where the DOCTYPE's external subset might declare it (RSS 0.91's
            // Netscape DTD and `&eacute;`): the reading loop reads HTML's names.
            SAXEventReader.queue(data)?.pointee.reference(name)
        }
        // Only XML's five predefined entities, which libxml2 reads before asking, exist.
        handler.getEntity = { _, _ in nil }
        handler.getParameterEntity = { _, _ in nil }
        handler.internalSubset = { data, _, publicID, _ in
            SAXEventReader.queue(data)?.pointee.noteDoctype(publicID: publicID.map { String(cString: $0) })
        }
        handler.entityDecl = { data, _, _, _, _, _ in
            SAXEventReader.queue(data)?.pointee.refuseEntityDeclaration()
        }
        handler.unparsedEntityDecl = { data, _, _, _, _ in
            SAXEventReader.queue(data)?.pointee.refuseEntityDeclaration()
        }
        handler.serror = { data, error in
            guard let error else { return }
            SAXEventReader.queue(data)?.pointee.record(error.pointee)
        }
        return handler
    }

    private static func queue(_ data: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXEventQueue>? {
        data?.assumingMemoryBound(to: SAXEventQueue.self)
    }
}
