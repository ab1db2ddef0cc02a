import CLibXML2
import Foundation

/// Reads RSS (0.90 to 2.0, and 1.0) and Atom (0.3 and 1.0) feeds into a ``ParsedFeed``, safely,
/// from untrusted bytes.
///
/// Built on libxml2's SAX2 push parser; a document of 512 KiB or more is parsed by libxml2 on a
/// second thread a few chunks ahead of the dialects (``SAXEventReader``). What a caller can rely on:
/// - Entities are never expanded and nothing is ever fetched: a DOCTYPE that declares entities is
///   refused (``FeedParsingError/Code/entityDeclarations``), external entities, DTDs and the network
///   are off, so "billion laughs" and XXE documents fail fast without reading a file. HTML's named
///   entities (`&eacute;`), which RSS feeds use undeclared, are read as their characters.
/// - Every cap in ``Limits`` is enforced with an error naming it, in every pass.
/// - A document that is not well-formed is read a second time in libxml2's recover mode: what
///   could be read is returned with ``ParsedFeed/isWellFormed`` `false` and the errors in
///   ``ParsedFeed/problems``. Only a document with no root element at all throws
///   ``FeedParsingError/Code/malformedXML``.
/// - The encoding comes from the HTTP charset, the byte order mark or the XML declaration; bytes
///   that do not decode are read again as UTF-8, Windows-1252 or ISO-8859-2, with a problem listed.
/// - Names are matched by namespace URI, never by prefix. Relative URLs are resolved against
///   `xml:base`, `Content-Location` and the document's URL.
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
    /// The document size from which libxml2 parses on a second thread; tests lower it to read
    /// small documents both ways.
    var parseAheadThreshold = SAXEventReader.parseAheadThreshold

    /// Creates a parser with the given caps (by default those documented on ``Limits``).
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses a feed document.
    ///
    /// - Parameter origin: the URL and HTTP headers the document came with, if any.
    /// - Throws: ``FeedParsingError`` when a limit is exceeded, the document declares entities, it
    ///   has no root element, or it is not a feed.
    public func parse(_ data: Data, origin: FeedOrigin = FeedOrigin()) throws(FeedParsingError) -> ParsedFeed {
        guard data.count <= limits.maxInputBytes else {
            throw .inputTooLarge(size: data.count, limit: limits.maxInputBytes)
        }
        // withUnsafeBytes only rethrows untyped errors, so the typed error travels in a Result.
        let result = data.withUnsafeBytes { bytes in
            Result { () throws(FeedParsingError) -> ParsedFeed in try parse(bytes: bytes, origin: origin) }
        }
        return try result.get()
    }

    /// libxml2's codes for bytes that do not decode in the encoding tried: a retry in another may succeed.
    private static let encodingErrors: Set<Int32> = [
        Int32(XML_ERR_INVALID_CHAR.rawValue), Int32(XML_ERR_UNKNOWN_ENCODING.rawValue), Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue),
        Int32(XML_ERR_INVALID_ENCODING.rawValue), Int32(XML_I18N_CONV_FAILED.rawValue),
    ]
    /// Codes after which libxml2 may simply not have read the encoding: iconv is tried on a copy.
    private static let transcodableErrors = encodingErrors.union([
        Int32(XML_ERR_ENCODING_NAME.rawValue), Int32(XML_ERR_DOCUMENT_EMPTY.rawValue), Int32(XML_ERR_DOCUMENT_START.rawValue),
    ])

    private func parse(bytes: UnsafeRawBufferPointer, origin: FeedOrigin) throws(FeedParsingError) -> ParsedFeed {
        if let line = PrologScanner.entityDeclarationLine(in: bytes) {
            throw .entityDeclarations(line: line)
        }
        let plan = EncodingPlan(bytes: bytes, origin: origin)
        let pass = FeedPass(limits: limits, origin: origin, parseAheadThreshold: parseAheadThreshold)
        var failure: FeedParsingError?
        var chosen = plan.attempts[0]
        for attempt in plan.attempts {
            do {
                var feed = try read(bytes, attempt: attempt, pass: pass)
                feed.encoding = attempt.name
                if let failure {
                    feed.isWellFormed = false
                    feed.problems.insert("The document is not \(plan.attempts[0].name) (\(failure)); it was read as \(attempt.name).", at: 0)
                }
                return noting(plan, in: feed)
            } catch  where error.code == .malformedXML {
                failure = failure ?? error
                // Not an encoding problem: this encoding reads the document; recover in it.
                guard Self.encodingErrors.contains(error.libxmlCode) else {
                    chosen = attempt
                    break
                }
            }
        }
        let error = failure ?? .malformedXML("The document could not be read.", line: nil)
        var feed = try recover(bytes, after: error, encoding: chosen, pass: pass)
        feed.encoding = chosen.name
        return noting(plan, in: feed)
    }

    /// One strict pass in an encoding: by libxml2, or on a UTF-8 copy made by iconv when libxml2
    /// could not read the encoding.
    private func read(_ bytes: UnsafeRawBufferPointer, attempt: EncodingPlan.Attempt, pass: FeedPass) throws(FeedParsingError) -> ParsedFeed {
        do {
            return try pass.read(bytes, encoding: attempt.override, recovering: false)
        } catch
            where error.code == .malformedXML && (Self.transcodableErrors.contains(error.libxmlCode) || Self.hidesMarkupFromScanner(attempt.name))
        {
            guard let utf8 = Transcoder.utf8(bytes, from: attempt.name) else { throw error }
            let result = utf8.withUnsafeBytes { copy in
                Result { () throws(FeedParsingError) -> ParsedFeed in
                    // The copy is ASCII-compatible: now the scanner can see declarations the original hid.
                    if let line = PrologScanner.entityDeclarationLine(in: copy) {
                        throw .entityDeclarations(line: line)
                    }
                    return try pass.read(copy, encoding: "UTF-8", recovering: false)
                }
            }
            return try result.get()
        }
    }

    /// The second pass: HTML's named entities rewritten as character references and, if the
    /// document is still not well-formed, libxml2's recover mode.
    private func recover(
        _ bytes: UnsafeRawBufferPointer, after error: FeedParsingError, encoding: EncodingPlan.Attempt, pass: FeedPass
    ) throws(FeedParsingError) -> ParsedFeed {
        let rewritten = error.libxmlCode == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) ? EntityRewriter.rewrite(bytes) : nil
        // The recovery pass builds a tree with libxml2's default handler, which would resolve
        // entities the document declares: the prolog must be readable and free of them. Encodings
        // the scanner cannot read (UTF-7, UTF-32, EBCDIC) are converted to UTF-8 first.
        var transcoded: [UInt8]?
        if Self.hidesMarkupFromScanner(encoding.name) {
            guard let utf8 = Transcoder.utf8(bytes, from: encoding.name) else { throw error }
            transcoded = utf8
        }
        let result = (transcoded ?? rewritten ?? Array(bytes)).withUnsafeBytes { source in
            Result { () throws(FeedParsingError) -> ParsedFeed in
                if let line = PrologScanner.entityDeclarationLine(in: source) {
                    throw .entityDeclarations(line: line)
                }
                let override = transcoded == nil ? encoding.override : "UTF-8"
                if rewritten != nil, transcoded == nil, let feed = try? pass.read(source, encoding: override, recovering: false) {
                    return feed
                }
                return try pass.read(source, encoding: override, recovering: true)
            }
        }
        var feed = try result.get()
        feed.isWellFormed = false
        if rewritten != nil {
            feed.problems.insert("HTML entities that XML does not know (such as &nbsp;) were read as their characters.", at: 0)
        }
        if !feed.problems.contains(where: { $0.hasSuffix(error.messageText) }) {
            feed.problems.insert(error.description, at: 0)
        }
        return feed
    }

    /// Reads a date the way feeds are read: RFC 3339, W3C-DTF, RFC 822 and their real-world
    /// variants (see the feed parser's documentation); `nil` for text that is not a date.
    ///
    /// ```swift
    /// FeedParser.date(from: "Fri, 27 Nov 2026 10:15:00 +0100")  // 2026-11-27T09:15:00Z
    /// ```
    public static func date(from text: String) -> Date? {
        FeedDate.parse(text)
    }

    /// Encodings in which `<!ENTITY` is not written as its ASCII bytes.
    private static func hidesMarkupFromScanner(_ encoding: String) -> Bool {
        ["utf-7", "utf7", "utf-32", "utf32", "ucs-4", "ucs4", "cp037", "cp500", "ebcdic", "ibm037", "ibm500", "cp875", "cp1140"].contains {
            encoding.hasPrefix($0)
        }
    }

    private func noting(_ plan: EncodingPlan, in feed: ParsedFeed) -> ParsedFeed {
        guard let problem = plan.mediaTypeProblem else { return feed }
        var feed = feed
        feed.isWellFormed = false
        feed.problems.insert(problem, at: 0)
        return feed
    }
}
