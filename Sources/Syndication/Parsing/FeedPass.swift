import CLibXML2
import Foundation

/// One pass of the XML reader over a document: finds the root, picks the dialect, and reads the feed.
struct FeedPass {
    let limits: FeedParser.Limits
    let origin: FeedOrigin
    /// The document size from which the strict pass parses on a second thread (see ``SAXEventReader``).
    var parseAheadThreshold = SAXEventReader.parseAheadThreshold

    /// Reads the document, strictly or in libxml2's recover mode.
    ///
    /// The strict pass reads with libxml2's SAX2 parser; the recovering pass walks the tree
    /// libxml2 builds in recover mode (its SAX2 parser stops at the first error like the strict one).
    func read(_ bytes: UnsafeRawBufferPointer, encoding: String?, recovering: Bool) throws(FeedParsingError) -> ParsedFeed {
        if recovering {
            return try read(XMLStreamReader(bytes: bytes, encoding: encoding, recovering: true))
        }
        return try read(SAXEventReader(bytes: bytes, encoding: encoding, parseAheadThreshold: parseAheadThreshold))
    }

    private func read(_ reader: some XMLEventReader) throws(FeedParsingError) -> ParsedFeed {
        var isNetscapeRSS = false
        while try reader.read() {
            switch reader.nodeKind {
            case .documentType:
                if reader.doctypeDeclaresEntities {
                    throw .entityDeclarations(line: reader.line)
                }
                isNetscapeRSS = reader.doctypePublicID?.contains("Netscape") == true
            case .element:
                var feed = try readFeed(rootedAt: reader.name, reader: reader)
                if isNetscapeRSS, feed.format == .rss091u {
                    feed.format = .rss091n
                }
                return feed
            default:
                continue
            }
        }
        if let fatal = reader.firstFatalError {
            throw .malformedXML(fatal.message, line: fatal.line)
        }
        // No root and no error: libxml2 may not have decoded a single character (UTF-32, an unknown name).
        throw .malformedXML("The document has no root element.", line: nil, code: Int32(XML_ERR_DOCUMENT_EMPTY.rawValue))
    }

    /// Picks the dialect from the root element; this is where new dialects are added.
    private func readFeed(rootedAt root: XMLName, reader: some XMLEventReader) throws(FeedParsingError) -> ParsedFeed {
        var builder = FeedBuilder(format: .rss2, limits: limits, origin: origin)
        let loop = FeedReadingLoop(reader: reader, limits: limits)
        switch (root.namespace, root.local) {
        case (FeedNamespace.atom, "feed"):
            var dialect = AtomDialect(namespace: root.namespace, legacy: false)
            try loop.run(&dialect, into: &builder)
        case (_, "feed") where root.namespace == FeedNamespace.atom03 || root.namespace.isEmpty || reader.attributes()[XMLName("", "version")] != nil:
            // Atom 0.3 and the drafts before it, whatever namespace they were given.
            var dialect = AtomDialect(namespace: root.namespace, legacy: true)
            try loop.run(&dialect, into: &builder)
        case (FeedNamespace.rdf, "RDF"):
            builder.feed.format = .rss1
            var dialect = RSSDialect()
            try loop.run(&dialect, into: &builder)
        case (let namespace, "rss") where namespace.isEmpty || FeedNamespace.rss2Variants.contains(namespace):
            var dialect = RSSDialect()
            try loop.run(&dialect, into: &builder)
        default:
            throw .unsupportedFormat(root: root.description, line: reader.line)
        }
        return builder.finish(unlistedXMLProblems: reader.unlistedProblemCount)
    }
}
