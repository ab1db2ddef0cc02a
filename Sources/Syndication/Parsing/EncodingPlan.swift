import Foundation

/// Decides how to decode a document's bytes, the way RFC 3023 and Python's feedparser do.
///
/// The HTTP charset wins, then the byte order mark, then the XML declaration, then UTF-8; a
/// `text/*` media type without a charset means US-ASCII. libxml2 does the decoding: the plan
/// says which name to hand it, and which to try next when the bytes do not decode.
struct EncodingPlan {
    /// Encodings to try in order; `nil` lets libxml2 detect the encoding from the BOM and declaration.
    var attempts: [Attempt]
    /// A problem with the media type (not an XML type), listed with the feed's problems.
    var mediaTypeProblem: String?

    struct Attempt: Equatable {
        /// The name reported in ``ParsedFeed/encoding``, lowercased.
        var name: String
        /// The name handed to libxml2, or `nil` to let it detect the same encoding itself.
        var override: String?
    }

    init(bytes: UnsafeRawBufferPointer, origin: FeedOrigin) {
        let bom = Self.byteOrderMark(bytes)
        let declared = Self.declaredEncoding(bytes, bom: bom)
        let (mediaType, charset) = Self.parseContentType(origin.contentType ?? "")
        let isXMLApplication =
            ["application/xml", "application/xml-dtd", "application/xml-external-parsed-entity"].contains(mediaType)
            || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+xml"))
        let isXMLText =
            ["text/xml", "text/xml-external-parsed-entity"].contains(mediaType)
            || (mediaType.hasPrefix("text/") && mediaType.hasSuffix("+xml"))
        let first: String
        if isXMLApplication {
            first = charset ?? declared ?? bom ?? "utf-8"
        } else if mediaType.hasPrefix("text/") {
            first = charset ?? "us-ascii"
        } else {
            first = declared ?? bom ?? "utf-8"
        }
        // A missing Content-Type is not held against the feed: the bytes say what they are.
        if let contentType = origin.contentType, !isXMLApplication, !isXMLText {
            mediaTypeProblem = "\(contentType) is not an XML media type."
        }
        let detected = declared ?? bom ?? "utf-8"
        var attempts: [Attempt] = []
        for name in [first, declared, bom, "utf-8", "windows-1252", "iso-8859-2"].compactMap({ $0 })
        where !attempts.contains(where: { $0.name == name }) {
            // libxml2 reads the BOM and declaration itself; naming the encoding only when it differs
            // keeps libxml2's own BOM handling and UTF-16 detection.
            attempts.append(Attempt(name: name, override: attempts.isEmpty && name == detected ? nil : name))
        }
        self.attempts = attempts
    }

    /// The encoding a byte order mark (or, without one, the first bytes of `<?xml`) announces.
    static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = Array(bytes.prefix(4)) + [1, 1, 1, 1]
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return "utf-32be"
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return "utf-32le"
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F): return "utf-16be"
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00): return "utf-16le"
        case (0xEF, 0xBB, 0xBF, _): return "utf-8"
        case (0x4C, 0x6F, 0xA7, 0x94): return "cp037"
        default: return nil
        }
    }

    /// The `encoding` of the XML declaration, lowercased; UTF-16 names become the BOM's exact form.
    static func declaredEncoding(_ bytes: UnsafeRawBufferPointer, bom: String?) -> String? {
        var prolog = Array(bytes.prefix(512))
        if let bom, bom.hasPrefix("utf-16") {
            prolog = prolog.enumerated().filter { $0.element != 0 }.map(\.element)  // ASCII of UTF-16, enough for the declaration
        }
        let text = String(decoding: prolog, as: UTF8.self)
        guard let declStart = text.range(of: "<?xml"), let declEnd = text.range(of: "?>", range: declStart.upperBound..<text.endIndex),
            let key = text.range(of: "encoding", range: declStart.upperBound..<declEnd.lowerBound)
        else { return nil }
        let rest = text[key.upperBound..<declEnd.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
        guard !name.isEmpty else { return nil }
        let unicodeNames: Set = ["u16", "utf-16", "utf16", "utf_16", "u32", "utf-32", "utf32", "utf_32", "iso-10646-ucs-2", "ucs-2"]
        if let bom, unicodeNames.contains(name) {
            return bom
        }
        return name == "gb2312" ? "gb18030" : name
    }

    /// The media type (lowercased, without parameters) and the `charset` parameter, if any.
    static func parseContentType(_ header: String) -> (String, String?) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let mediaType = parts.first.map { String($0).trimmingWhitespace.lowercased() } ?? ""
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingWhitespace.lowercased() == "charset" else { continue }
            let value = String(pair[1]).trimmingWhitespace.trimmingCharacters(in: ["\"", "'"]).trimmingWhitespace.lowercased()
            return (mediaType, value.isEmpty ? nil : value == "gb2312" ? "gb18030" : value)
        }
        return (mediaType, nil)
    }
}
