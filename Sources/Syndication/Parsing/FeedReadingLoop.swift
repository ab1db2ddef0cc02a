/// Walks the document below the root element, enforcing the limits, gathering text and tracking
/// `xml:base` and `xml:lang`, and hands each element to a dialect.
///
/// Inside an element captured as ``TextCapture/markup`` the children are not handed to the
/// dialect: they are serialized into the construct's text by ``MarkupWriter``, still under the
/// depth and text-length limits.
struct FeedReadingLoop<Reader: XMLEventReader> {
    /// An open element and the text gathered for it so far.
    private struct Frame {
        var name: XMLName
        var capture: TextCapture
        var line: Int?
        var base: String?
        var language: String?
        var text = ""
        var textLength = 0
        /// For markup constructs: whether a child element has appeared, so the text is now markup.
        var hasChildren = false
        /// For elements inside a markup construct: the name as written, for the end tag.
        var qualifiedName = ""

        var endTag: EndTag {
            EndTag(
                name: name, text: text.trimmingWhitespace, line: line, base: base, language: language, isMarkup: hasChildren,
                qualifiedName: qualifiedName)
        }
    }

    let reader: Reader
    let limits: FeedParser.Limits

    /// Reads from the root element (the reader's current node) to the end of the document.
    func run<Dialect: FeedDialect>(_ dialect: inout Dialect, into builder: inout FeedBuilder) throws(FeedParsingError) {
        let root = tag(inheriting: builder.documentBase, builder.documentLanguage)
        dialect.begin(root: root, into: &builder)
        var frames: [Frame] =
            reader.isEmptyElement ? [] : [Frame(name: root.name, capture: .none, line: root.line, base: root.base, language: root.language)]
        /// The index of the open markup construct, if the reader is inside one.
        var markupIndex: Int?
        while try reader.read() {
            for problem in reader.takeProblems() {
                builder.problem(problem.message, line: problem.line)
            }
            switch reader.nodeKind {
            case .element:
                guard let parentFrame = frames.last else { continue }
                guard frames.count < limits.maxDepth else {
                    throw .nestingTooDeep(limit: limits.maxDepth, line: reader.line)
                }
                let isEmpty = reader.isEmptyElement
                let tag = tag(inheriting: parentFrame.base, parentFrame.language)
                if let index = markupIndex {
                    try startChild(of: &frames[index], tag: tag, isEmpty: isEmpty)
                    if !isEmpty {
                        frames.append(
                            Frame(
                                name: tag.name, capture: .none, line: tag.line, base: tag.base, language: tag.language,
                                qualifiedName: tag.qualifiedName))
                    }
                    continue
                }
                let frame = Frame(
                    name: tag.name, capture: try dialect.start(tag, parent: parentFrame.name, into: &builder), line: tag.line, base: tag.base,
                    language: tag.language, qualifiedName: tag.qualifiedName)
                if isEmpty {
                    dialect.end(frame.endTag, parent: parentFrame.name, into: &builder)
                } else {
                    if frame.capture == .markup {
                        markupIndex = frames.count
                    }
                    frames.append(frame)
                }
            case .endElement:
                guard let frame = frames.popLast(), let parent = frames.last?.name else { continue }
                if let index = markupIndex, frames.count > index {
                    try append(MarkupWriter.endTag(frame.qualifiedName, frame.name), to: &frames[index])
                    continue
                }
                if markupIndex == frames.count {
                    markupIndex = nil
                }
                dialect.end(frame.endTag, parent: parent, into: &builder)
            case .text:
                if let index = markupIndex {
                    let value = reader.value
                    try append(frames[index].hasChildren ? MarkupWriter.escape(value) : value, to: &frames[index])
                } else if frames.last?.capture == .text {
                    try append(reader.value, to: &frames[frames.count - 1])
                }
            case .entityReference:
                let name = reader.name.local
                guard let character = HTMLEntities.character(named: name) else {
                    builder.problem("The entity reference &\(name); was left unexpanded.", line: reader.line)
                    continue
                }
                if let index = markupIndex {
                    try append(frames[index].hasChildren ? MarkupWriter.escape(String(character)) : String(character), to: &frames[index])
                } else if frames.last?.capture == .text {
                    try append(String(character), to: &frames[frames.count - 1])
                }
            case .documentType, .other:
                continue
            }
        }
        // A recovered document may end with elements still open: close them so their entries count.
        while let frame = frames.popLast(), let parent = frames.last?.name {
            if let index = markupIndex, frames.count > index { continue }
            markupIndex = nil
            dialect.end(frame.endTag, parent: parent, into: &builder)
        }
        for problem in reader.takeProblems() {
            builder.problem(problem.message, line: problem.line)
        }
    }

    /// Serializes a child element's start into the open markup construct; the text gathered
    /// before the first child was plain and is escaped now that it becomes markup.
    private func startChild(of construct: inout Frame, tag: StartTag, isEmpty: Bool) throws(FeedParsingError) {
        if !construct.hasChildren {
            construct.hasChildren = true
            construct.text = MarkupWriter.escape(construct.text)
            construct.textLength = construct.text.utf8.count
        }
        try append(MarkupWriter.startTag(reader, name: tag.name, base: tag.base, isEmpty: isEmpty), to: &construct)
    }

    /// The current element as a start tag, with `xml:base` resolved against the parent's base and
    /// `xml:lang` applied (an empty `xml:lang` means no language).
    private func tag(inheriting base: String?, _ language: String?) -> StartTag {
        let attributes = reader.attributes()
        var tag = StartTag(
            name: reader.name, qualifiedName: reader.qualifiedName, attributes: attributes, line: reader.line, base: base, language: language)
        // Most elements have no attributes: looking up an XMLName hashes two strings.
        guard !attributes.isEmpty else { return tag }
        if let ownBase = attributes[xmlBase]?.trimmingWhitespace {
            tag.base = URLResolver.resolve(ownBase, against: base)
        }
        if let ownLanguage = attributes[xmlLang]?.trimmingWhitespace {
            tag.language = ownLanguage.isEmpty ? nil : ownLanguage.replacingOccurrences(of: "_", with: "-")
        }
        return tag
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

private let xmlBase = XMLName(FeedNamespace.xml, "base")
private let xmlLang = XMLName(FeedNamespace.xml, "lang")
