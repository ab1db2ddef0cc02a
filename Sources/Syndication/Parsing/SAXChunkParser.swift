import CLibXML2

/// Pushes a document to libxml2's SAX2 push parser a chunk at a time and returns each chunk's
/// nodes as a ``SAXBatch``.
///
/// The SAX callbacks (see `SAXEventReader+Callbacks.swift`) queue the chunk's nodes in a
/// ``SAXEventQueue``. The same safety options as the stream reader: no network, no entity
/// substitution, no DTD loading or attribute defaulting, no XInclude, no `XML_PARSE_HUGE`, the
/// process-wide deny-all entity loader, and no external subset callback at all; entities are
/// looked up by no one (`getEntity` answers `nil`). The parser stops (`xmlStopParser`) as soon as
/// the document declares an entity or is found not well-formed.
///
/// Owns its parser context and queue and frees them in `deinit`; the input bytes must outlive
/// every call to ``nextBatch()``. Used by one thread at a time.
final class SAXChunkParser {
    /// Bytes pushed to libxml2 per call: the calls cost little, and a small chunk keeps the queue
    /// (and libxml2's buffer) in the cache; 8 KiB read the 1,500-item RSS file in 0.4 % fewer
    /// instructions than 32 KiB and 1.6 % fewer than 128 KiB.
    static let chunkSize = 8 * 1024

    private let queue: UnsafeMutablePointer<SAXEventQueue>
    private let context: xmlParserCtxtPtr
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    /// Whether the last chunk was pushed or the parser stopped.
    private var isDone = false

    /// Creates a parser over `bytes`.
    /// - Parameter encoding: an encoding name that overrides the byte order mark and the XML
    ///   declaration (from HTTP), or `nil` to let libxml2 detect it.
    init(bytes: UnsafeRawBufferPointer, encoding: String?) throws(FeedParsingError) {
        let base = try XMLStreamReader.prepare(bytes)
        let queue = UnsafeMutablePointer<SAXEventQueue>.allocate(capacity: 1)
        queue.initialize(to: SAXEventQueue())
        var handler = SAXEventReader.handler()
        // Like xmlTextReader: the first four bytes go with the context, for the encoding's detection.
        let first = bytes.count >= 4 ? 4 : 0
        guard
            let context = xmlCreatePushParserCtxt(
                &handler, queue, first > 0 ? base.assumingMemoryBound(to: CChar.self) : nil, Int32(first), nil)
        else {
            queue.deinitialize(count: 1)
            queue.deallocate()
            throw .malformedXML("libxml2 could not create a parser.", line: nil)
        }
        queue.pointee.context = context
        self.queue = queue
        self.context = context
        self.bytes = bytes
        offset = first
        xmlCtxtUseOptions(context, XMLStreamReader.options)
        if let encoding, let converter = xmlFindCharEncodingHandler(encoding) {
            xmlSwitchToEncoding(context, converter)
        }
    }

    deinit {
        xmlFreeParserCtxt(context)
        queue.deinitialize(count: 1)
        queue.deallocate()
    }

    /// Parses the next chunk. Once a batch is the last, there is nothing more to call for.
    func nextBatch() -> SAXBatch {
        var batch = SAXBatch()
        if !isDone, let base = bytes.baseAddress {
            let size = min(Self.chunkSize, bytes.count - offset)
            let isLast = offset + size == bytes.count
            let status = xmlParseChunk(context, (base + offset).assumingMemoryBound(to: CChar.self), Int32(size), isLast ? 1 : 0)
            offset += size
            queue.pointee.flushText()
            isDone = isLast
            if status != 0 || context.pointee.instate == XML_PARSER_EOF && !isLast {
                isDone = true
                batch.stoppedUnexplained =
                    queue.pointee.errors.fatal == nil && queue.pointee.entityDeclarationLine == nil && status != 0
            }
        } else {
            isDone = true
        }
        batch.isLast = isDone
        swap(&batch.events, &queue.pointee.events)
        queue.pointee.events.reserveCapacity(batch.events.count)
        let errors = queue.pointee.errors
        batch.problems = errors.takeProblems()
        batch.fatal = errors.fatal
        batch.fatalCode = errors.fatalCode
        batch.unlistedProblemCount = errors.unlistedCount
        batch.parserLine = queue.pointee.parserLine
        batch.entityDeclarationLine = queue.pointee.entityDeclarationLine
        batch.doctypePublicID = queue.pointee.doctypePublicID
        return batch
    }
}
