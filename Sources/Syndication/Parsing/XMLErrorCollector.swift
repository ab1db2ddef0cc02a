import CLibXML2

/// Receives libxml2's error reports for one reader, so that none reaches stderr.
///
/// A class because libxml2 holds a raw pointer to it for the reader's lifetime; it is owned by
/// ``XMLStreamReader`` and only touched from the thread that runs the parse.
final class XMLErrorCollector {
    /// The first fatal error: the document is not well-formed from here on.
    private(set) var fatal: LocatedProblem?
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
        case XML_ERR_FATAL:
            if fatal == nil {
                fatal = problem
            }
        case XML_ERR_ERROR:
            recorded += 1
            if recorded <= FeedBuilder.maxListedProblems {
                pending.append(problem)
            } else {
                unlistedCount += 1
            }
        default:
            break  // warnings say nothing a reader of the feed needs
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
