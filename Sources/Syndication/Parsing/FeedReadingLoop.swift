/// Walks the document below the root element, enforcing the limits and gathering text, and hands
/// each element to a dialect.
struct FeedReadingLoop {
    /// An open element and the text gathered for it so far.
    private struct Frame {
        var name: XMLName
        var capture: TextCapture
        var line: Int?
        var text = ""
        var textLength = 0
    }

    let reader: XMLStreamReader
    let limits: FeedParser.Limits

    /// Reads from the root element (the reader's current node) to the end of the document.
    func run<Dialect: FeedDialect>(_ dialect: inout Dialect) throws(FeedParsingError) -> ParsedFeed {
        var builder = FeedBuilder(format: Dialect.format, limits: limits)
        var frames: [Frame] = reader.isEmptyElement ? [] : [Frame(name: reader.name, capture: .none, line: reader.line)]
        while try reader.read() {
            for problem in reader.takeProblems() {
                builder.problem(problem.message, line: problem.line)
            }
            switch reader.nodeKind {
            case .element:
                guard let parent = frames.last?.name else { continue }
                let line = reader.line
                guard frames.count < limits.maxDepth else {
                    throw .nestingTooDeep(limit: limits.maxDepth, line: line)
                }
                let isEmpty = reader.isEmptyElement
                let tag = StartTag(name: reader.name, attributes: reader.attributes(), line: line)
                var frame = Frame(name: tag.name, capture: try dialect.start(tag, parent: parent, into: &builder), line: line)
                if frame.capture == .innerMarkup {
                    // The loop still walks the children afterwards, so the depth limit holds inside markup too.
                    try append(reader.innerMarkup(), to: &frame)
                    frame.capture = .none
                }
                if isEmpty {
                    dialect.end(tag.name, text: frame.text.trimmingWhitespace, parent: parent, line: line, into: &builder)
                } else {
                    frames.append(frame)
                }
            case .endElement:
                guard let frame = frames.popLast(), let parent = frames.last?.name else { continue }
                dialect.end(frame.name, text: frame.text.trimmingWhitespace, parent: parent, line: frame.line, into: &builder)
            case .text:
                guard frames.last?.capture == .text else { continue }
                try append(reader.value, to: &frames[frames.count - 1])
            case .entityReference:
                builder.problem("The entity reference &\(reader.name.local); was left unexpanded.", line: reader.line)
            case .documentType, .other:
                continue
            }
        }
        for problem in reader.takeProblems() {
            builder.problem(problem.message, line: problem.line)
        }
        return builder.finish(unlistedXMLProblems: reader.unlistedProblemCount)
    }

    /// Appends with `+=`: rebuilding the string per chunk would be quadratic on large texts.
    private func append(_ chunk: String, to frame: inout Frame) throws(FeedParsingError) {
        frame.textLength += chunk.utf8.count
        guard frame.textLength <= limits.maxTextLength else {
            throw .textTooLong(element: frame.name.local, limit: limits.maxTextLength, line: frame.line)
        }
        frame.text += chunk
    }
}
