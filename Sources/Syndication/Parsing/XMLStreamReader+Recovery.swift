import CLibXML2

extension XMLStreamReader {
    /// Parses the document into a tree in recover mode, its errors going to the collector, and
    /// returns the tree with a reader that walks it.
    static func recoveredTree(
        _ chars: UnsafePointer<CChar>, count: Int, encoding: String?, errors: UnsafeMutableRawPointer
    ) throws(FeedParsingError) -> (xmlDocPtr, xmlTextReaderPtr) {
        guard let context = xmlNewParserCtxt() else { throw .malformedXML("libxml2 could not create a parser.", line: nil) }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = errors
        context.pointee.sax.pointee.serror = { data, error in
            // libxml2 passes the parser context, whose _private is the collector.
            guard let data, let error else { return }
            let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let collector = context.pointee._private else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(collector).takeUnretainedValue().record(error.pointee)
        }
        guard let document = xmlCtxtReadMemory(context, chars, Int32(count), nil, encoding, recoveringOptions) else {
            throw .malformedXML("The document could not be read even in recovery mode.", line: nil)
        }
        guard let walker = xmlReaderWalker(document) else {
            xmlFreeDoc(document)
            throw .malformedXML("libxml2 could not create a reader.", line: nil)
        }
        return (document, walker)
    }
}
