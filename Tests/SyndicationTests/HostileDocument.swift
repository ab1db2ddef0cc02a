import Foundation
import Testing

/// Small hostile documents, named so that test output shows a name instead of the document.
enum HostileDocument: String, CaseIterable, CustomTestStringConvertible {
    case billionLaughs, externalEntity, parameterEntity, quadraticBlowup, hiddenBehindComment

    var testDescription: String { rawValue }

    var text: String {
        switch self {
        case .billionLaughs:
            var declarations = "<!ENTITY lol0 \"lol\">\n"
            for level in 1...9 {
                declarations += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
            }
            return """
                <?xml version="1.0"?>
                <!DOCTYPE feed [
                \(declarations)]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>&lol9;</title><entry><title>&lol9;</title></entry></feed>
                """
        case .externalEntity:
            return """
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title></feed>
                """
        case .parameterEntity:
            return """
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!ENTITY % xxe SYSTEM "file:///etc/passwd"> %xxe; ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>
                """
        case .quadraticBlowup:
            return """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "\(String(repeating: "a", count: 50_000))">]>
                <rss version="2.0"><channel><title>\(String(repeating: "&a;", count: 2_000))</title></channel></rss>
                """
        case .hiddenBehindComment:
            // A `]>` inside a comment, an attribute default or a PI must not end the internal subset early.
            return """
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!-- ]> --> <!ATTLIST feed a CDATA "]>"> <?pi ]> ?>
                  <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title></feed>
                """
        }
    }

    /// The line of the first `<!ENTITY`.
    var entityLine: Int {
        self == .billionLaughs || self == .hiddenBehindComment ? 3 : 2
    }

    enum Encoding {
        case utf16BigEndian, utf16LittleEndian, utf7
    }

    /// The document in another encoding, with a matching declaration (and, in UTF-16, a byte order mark).
    ///
    /// UTF-7 may write `<` as `+ADw-`, so `<!ENTITY` need not appear as bytes at all: a scanner of
    /// bytes cannot see it, only the parser can.
    func data(in encoding: Encoding) -> Data {
        let name = encoding == .utf7 ? "UTF-7" : "UTF-16"
        let declared = text.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"\(name)\"?>")
        var data = Data()
        switch encoding {
        case .utf16BigEndian:
            for unit in [0xFEFF] + declared.utf16 {
                data.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
            }
        case .utf16LittleEndian:
            for unit in [0xFEFF] + declared.utf16 {
                data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            }
        case .utf7:
            data.append(contentsOf: declared.replacingOccurrences(of: "<!ENTITY", with: "+ADw-!ENTITY").utf8)
        }
        return data
    }
}
