import CLibXML2

/// Reads a document with libxml2's SAX2 push parser, the strict pass's reader.
///
/// A ``SAXChunkParser`` pushes the document to libxml2 a chunk at a time and hands each chunk's
/// nodes over as a ``SAXBatch``, which ``read()`` then hands out one by one with the interface of
/// ``XMLStreamReader``. Unlike `xmlTextReader`, which builds and frees a tree node per event,
/// names and text arrive as byte pointers and become strings once, and memory stays independent
/// of the document's size.
///
/// A document of ``parseAheadThreshold`` bytes or more is parsed on a second thread a few chunks
/// ahead (``SAXParseAhead``), so that a large feed takes libxml2's part of the time off the
/// reading thread; smaller ones are parsed on demand, where a thread would cost more than it
/// saves. Either way the reader sees the same batches. The input bytes must outlive the reader.
/// One reader per parse, used on one thread.
final class SAXEventReader: XMLEventReader {
    /// From this size on a document is parsed ahead on a second thread.
    static let parseAheadThreshold = 512 * 1024

    /// Where the batches come from.
    private enum Source {
        case onDemand(SAXChunkParser)
        case ahead(SAXParseAhead)
    }

    /// The reader's state: a struct behind a pointer rather than stored properties, because a
    /// class's stored properties are checked for exclusive access at run time on every use, and
    /// ``read()`` runs once per node.
    private struct State {
        var batch = SAXBatch()
        /// The index of the next node of `batch`.
        var position = 0
        /// Batches received and not yet read, in reverse order (the next is last).
        var waiting: [SAXBatch] = []
        /// The node the reader is on.
        var current = SAXEventQueue.Event(kind: .other)
        /// Problems of the batches read so far, not yet taken.
        var problems: [LocatedProblem] = []
    }

    private let source: Source
    private let state: UnsafeMutablePointer<State>

    var doctypeDeclaresEntities: Bool { false }
    var doctypePublicID: String? { state.pointee.batch.doctypePublicID }
    var firstFatalError: LocatedProblem? { state.pointee.batch.fatal }
    var unlistedProblemCount: Int { state.pointee.batch.unlistedProblemCount }

    /// Creates a reader over `bytes`.
    /// - Parameters:
    ///   - encoding: an encoding name that overrides the byte order mark and the XML declaration
    ///     (from HTTP), or `nil` to let libxml2 detect it.
    ///   - parseAheadThreshold: the document size from which libxml2 parses on a second thread.
    init(bytes: UnsafeRawBufferPointer, encoding: String? = nil, parseAheadThreshold: Int = SAXEventReader.parseAheadThreshold)
        throws(FeedParsingError)
    {
        let parser = try SAXChunkParser(bytes: bytes, encoding: encoding)
        source = bytes.count >= parseAheadThreshold ? .ahead(SAXParseAhead(parser: parser)) : .onDemand(parser)
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        if case .ahead(let ahead) = source {
            ahead.stop()
        }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func read() throws(FeedParsingError) -> Bool {
        while state.pointee.position == state.pointee.batch.events.count {
            let batch = state.pointee.batch
            if let line = batch.entityDeclarationLine {
                throw .entityDeclarations(line: line)
            }
            if let fatal = batch.fatal {
                throw .malformedXML(fatal.message, line: fatal.line ?? batch.parserLine, code: batch.fatalCode)
            }
            if batch.stoppedUnexplained {
                throw .malformedXML("The XML parser stopped.", line: batch.parserLine)
            }
            if batch.isLast {
                return false
            }
            state.pointee.batch = nextBatch()
            state.pointee.position = 0
            if !state.pointee.batch.problems.isEmpty {
                state.pointee.problems += state.pointee.batch.problems
            }
        }
        if let line = state.pointee.batch.entityDeclarationLine {
            throw .entityDeclarations(line: line)
        }
        // Moved out of the batch, not copied: no retain and release of its strings.
        let position = state.pointee.position
        swap(&state.pointee.current, &state.pointee.batch.events[position])
        state.pointee.position = position + 1
        return true
    }

    private func nextBatch() -> SAXBatch {
        switch source {
        case .onDemand(let parser):
            return parser.nextBatch()
        case .ahead(let ahead):
            if state.pointee.waiting.isEmpty {
                state.pointee.waiting = ahead.nextParcel().reversed()
            }
            return state.pointee.waiting.removeLast()
        }
    }

    var nodeKind: XMLNodeKind { state.pointee.current.kind }
    var name: XMLName { state.pointee.current.name }
    var qualifiedName: String { state.pointee.current.qualifiedName }
    var value: String { state.pointee.current.text }
    var isEmptyElement: Bool { state.pointee.current.isEmpty }
    var line: Int? {
        let line = state.pointee.current.line
        return line > 0 ? line : state.pointee.batch.parserLine
    }

    func attributes() -> XMLAttributes {
        var result = XMLAttributes()
        for attribute in state.pointee.current.attributes where attribute.name.namespace != FeedNamespace.xmlns {
            result.append(attribute.name, attribute.value)
        }
        return result
    }

    func writtenAttributes() -> [(name: String, namespace: String, value: String)] {
        state.pointee.current.attributes.map { ($0.qualifiedName, $0.name.namespace, $0.value) }
    }

    func takeProblems() -> [LocatedProblem] {
        guard !state.pointee.problems.isEmpty else { return [] }
        defer { state.pointee.problems = [] }
        return state.pointee.problems
    }
}
