/// Why a document could not be parsed as a feed.
///
/// Match on ``code``; read ``description`` for a sentence fit for a log or an operator, which
/// names the limit or the XML problem and, when known, the line.
///
/// ```swift
/// do { _ = try FeedParser().parse(data) } catch where error.code == .malformedXML { ... }
/// ```
public struct FeedParsingError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Reason: Sendable, Hashable {
        case inputTooLarge(size: Int, limit: Int)
        case nestingTooDeep(limit: Int)
        case textTooLong(element: String, limit: Int)
        case tooManyEntries(limit: Int)
        case malformedXML(message: String)
        case entityDeclarations
        case unsupportedFormat(root: String)
    }

    private let reason: Reason
    /// The line of the document where the problem was found, when known (the first line is 1).
    public let line: Int?
    /// libxml2's error code for malformed XML (`xmlParserErrors`), so the parser can tell an
    /// encoding or undeclared-entity error, which a retry can fix, from others.
    let libxmlCode: Int32

    private init(_ reason: Reason, line: Int?, libxmlCode: Int32 = 0) {
        self.reason = reason
        self.line = line
        self.libxmlCode = libxmlCode
    }

    static func inputTooLarge(size: Int, limit: Int) -> Self { .init(.inputTooLarge(size: size, limit: limit), line: nil) }
    static func nestingTooDeep(limit: Int, line: Int?) -> Self { .init(.nestingTooDeep(limit: limit), line: line) }
    static func textTooLong(element: String, limit: Int, line: Int?) -> Self {
        .init(.textTooLong(element: element, limit: limit), line: line)
    }
    static func tooManyEntries(limit: Int, line: Int?) -> Self { .init(.tooManyEntries(limit: limit), line: line) }
    static func malformedXML(_ message: String, line: Int?, code: Int32 = 0) -> Self {
        .init(.malformedXML(message: message), line: line, libxmlCode: code)
    }
    static func entityDeclarations(line: Int?) -> Self { .init(.entityDeclarations, line: line) }
    static func unsupportedFormat(root: String, line: Int?) -> Self { .init(.unsupportedFormat(root: root), line: line) }

    /// The XML error's own message, for malformed XML; otherwise the description.
    var messageText: String {
        if case .malformedXML(let message) = reason { return message }
        return description
    }

    /// What kind of problem this is, for matching.
    public var code: Code {
        switch reason {
        case .inputTooLarge: .inputTooLarge
        case .nestingTooDeep: .nestingTooDeep
        case .textTooLong: .textTooLong
        case .tooManyEntries: .tooManyEntries
        case .malformedXML: .malformedXML
        case .entityDeclarations: .entityDeclarations
        case .unsupportedFormat: .unsupportedFormat
        }
    }

    /// A sentence that says what went wrong, naming the limit or the XML error and the line.
    public var description: String {
        let at = line.map { " at line \($0)" } ?? ""
        switch reason {
        case .inputTooLarge(let size, let limit):
            return "The document is \(size) bytes, more than the limit maxInputBytes (\(limit) bytes)."
        case .nestingTooDeep(let limit):
            return "Elements are nested deeper than the limit maxDepth (\(limit) levels)\(at)."
        case .textTooLong(let element, let limit):
            return "The text of <\(element)> is longer than the limit maxTextLength (\(limit) bytes)\(at)."
        case .tooManyEntries(let limit):
            return "The feed has more entries than the limit maxEntries (\(limit))\(at)."
        case .malformedXML(let message):
            return "Malformed XML\(at): \(message)"
        case .entityDeclarations:
            return "The document declares entities in its DOCTYPE\(at); such documents are refused to prevent entity expansion and "
                + "external entity attacks."
        case .unsupportedFormat(let root):
            return "The root element <\(root)>\(at) is not a feed: neither Atom (0.3, 1.0) nor RSS (0.90 to 2.0)."
        }
    }
}
