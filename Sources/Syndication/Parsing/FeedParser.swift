import Foundation

/// Reads Atom 1.0 and RSS 2.0 feeds into a ``ParsedFeed``, safely, from untrusted bytes.
///
/// Built on libxml2's streaming reader. What a caller can rely on:
/// - Entities are never expanded and nothing is ever fetched: a DOCTYPE that declares entities is
///   refused (``FeedParsingError/Code/entityDeclarations``), external entities, DTDs and the network
///   are off, so "billion laughs" and XXE documents fail fast without reading a file.
/// - Every cap in ``Limits`` is enforced with an error naming it.
/// - Malformed XML throws ``FeedParsingError/Code/malformedXML`` with the line; problems that do not
///   stop the parse (an unreadable date) land in ``ParsedFeed/problems``.
/// - Names are matched by namespace URI, never by prefix. `dc:creator`, `dc:date`, `dc:subject` and
///   `content:encoded` are read in either dialect.
///
/// A value type with no shared state: parse on any thread or task, concurrently.
///
/// ```swift
/// let feed = try FeedParser().parse(try Data(contentsOf: url))
/// let slugs = feed.entries.compactMap { $0.alternateLink?.href.split(separator: "/").last }
/// ```
public struct FeedParser: Sendable {
    /// The caps enforced on every parse.
    public var limits: Limits

    /// Creates a parser with the given caps (by default those documented on ``Limits``).
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses a feed document.
    ///
    /// The encoding is taken from the byte order mark or the XML declaration (UTF-8 by default).
    /// - Throws: ``FeedParsingError`` when a limit is exceeded, the XML is malformed, the document
    ///   declares entities, or it is neither Atom nor RSS.
    public func parse(_ data: Data) throws(FeedParsingError) -> ParsedFeed {
        guard data.count <= limits.maxInputBytes else {
            throw .inputTooLarge(size: data.count, limit: limits.maxInputBytes)
        }
        // withUnsafeBytes only rethrows untyped errors, so the typed error travels in a Result.
        let result = data.withUnsafeBytes { bytes in
            Result { () throws(FeedParsingError) -> ParsedFeed in try parse(bytes: bytes) }
        }
        return try result.get()
    }

    private func parse(bytes: UnsafeRawBufferPointer) throws(FeedParsingError) -> ParsedFeed {
        if let line = PrologScanner.entityDeclarationLine(in: bytes) {
            throw .entityDeclarations(line: line)
        }
        let reader = try XMLStreamReader(bytes: bytes)
        while try reader.read() {
            switch reader.nodeKind {
            case .documentType:
                if reader.doctypeDeclaresEntities {
                    throw .entityDeclarations(line: reader.line)
                }
            case .element:
                return try readFeed(rootedAt: reader.name, reader: reader)
            default:
                continue
            }
        }
        throw .malformedXML("The document has no root element.", line: nil)
    }

    /// Picks the dialect from the root element; this is where new dialects are added.
    private func readFeed(rootedAt root: XMLName, reader: XMLStreamReader) throws(FeedParsingError) -> ParsedFeed {
        switch root {
        case AtomDialect.root:
            var dialect = AtomDialect()
            return try FeedReadingLoop(reader: reader, limits: limits).run(&dialect)
        case RSSDialect.root:
            var dialect = RSSDialect()
            return try FeedReadingLoop(reader: reader, limits: limits).run(&dialect)
        default:
            throw .unsupportedFormat(root: root.description, line: reader.line)
        }
    }
}
