/// What libxml2's SAX2 parser reported for one chunk of a document: the chunk's nodes, and the
/// parser's state once the chunk was read.
///
/// ``SAXEventReader`` reads nothing but batches, so it reads the same nodes, errors and lines
/// whether the chunks were parsed on demand or ahead on another thread (``SAXParseAhead``).
struct SAXBatch {
    var events: [SAXEventQueue.Event] = []
    /// Non-fatal errors recorded while the chunk was parsed.
    var problems: [LocatedProblem] = []
    /// The line libxml2 had read to: the line of a node that has none of its own.
    var parserLine: Int?
    /// The line of the first entity declaration, once one was found.
    var entityDeclarationLine: Int?
    /// The first well-formedness error so far, and libxml2's code for it.
    var fatal: LocatedProblem?
    var fatalCode: Int32 = 0
    /// Non-fatal errors so far beyond the cap, counted but not kept.
    var unlistedProblemCount = 0
    /// The public identifier of the DOCTYPE, once it was read.
    var doctypePublicID: String?
    /// No batch follows: the document ended or the parser stopped.
    var isLast = false
    /// The parser stopped without a fatal error or an entity declaration to say why.
    var stoppedUnexplained = false
}
