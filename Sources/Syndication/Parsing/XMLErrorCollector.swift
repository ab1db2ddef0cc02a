import CLibXML2

/// Receives libxml2's error reports for one reader, so that none reaches stderr.
///
/// A class because libxml2 holds a raw pointer to it for the reader's lifetime; it is owned by
/// ``XMLStreamReader`` and only touched from the thread that runs the parse.
final class XMLErrorCollector {
    /// The first fatal error: the document is not well-formed from here on.
    private(set) var fatal: LocatedProblem?
    /// libxml2's code for ``fatal`` (`xmlParserErrors`), to tell encoding and entity errors apart.
    private(set) var fatalCode: Int32 = 0
    /// Whether the reader runs in recovery mode, where fatal errors after the first are listed as problems.
    var recovering = false
    /// Non-fatal errors not yet taken by ``takeProblems()``.
    private var pending: [LocatedProblem] = []
    private var recorded = 0
    /// Non-fatal errors beyond the cap, counted but not kept, so a hostile feed cannot fill memory with them.
    private(set) var unlistedCount = 0

    /// The non-fatal errors recorded since the last call, in document order.
    func takeProblems() -> [LocatedProblem] {
        defer { pending = [] }
        return pending
    }

    func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) }?.trimmingWhitespace ?? "unknown XML error (code \(error.code))"
        let problem = LocatedProblem(message: message, line: error.line > 0 ? Int(error.line) : nil)
        switch error.level {
        case XML_ERR_FATAL where fatal == nil:
            fatal = problem
            fatalCode = error.code
            if recovering {
                append(problem)
            }
        case XML_ERR_FATAL where recovering, XML_ERR_ERROR:
            append(problem)
        default:
            break  // warnings say nothing a reader of the feed needs
        }
    }

    private func append(_ problem: LocatedProblem) {
        recorded += 1
        if recorded <= FeedBuilder.maxListedProblems {
            pending.append(problem)
        } else {
            unlistedCount += 1
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    ///
    /// Works on the UTF-8 bytes and returns the string itself when there is nothing to trim: it
    /// runs on every element's text, some of it megabytes long.
    var trimmingWhitespace: String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex {
            return self
        }
        return String(self[first...last])
    }
}
