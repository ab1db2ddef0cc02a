/// Finds entity declarations in a document's DOCTYPE before libxml2 sees the document.
///
/// The first line of defence against entity expansion ("billion laughs") and external entity
/// (XXE) attacks: such a document is refused before libxml2 parses a single declaration. It reads
/// only the prolog, in ASCII-compatible encodings (UTF-8, Latin-1, ...) and in UTF-16, which it
/// transcodes first. Anything else (UCS-4, EBCDIC) is left to
/// ``XMLStreamReader/doctypeDeclaresEntities``, which refuses the DOCTYPE when the reader reaches
/// it; that is later, because libxml2 has parsed the whole first chunk by then. Comments,
/// processing instructions and quoted strings are skipped so that `]>` inside them cannot end the
/// internal subset early.
struct PrologScanner {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    /// The line of the first `<!ENTITY` declaration in the DOCTYPE's internal subset, if any.
    static func entityDeclarationLine(in bytes: UnsafeRawBufferPointer) -> Int? {
        if let bigEndian = utf16ByteOrder(of: bytes) {
            let units = stride(from: 0, to: bytes.count - 1, by: 2).map { offset in
                let (high, low) = bigEndian ? (bytes[offset], bytes[offset + 1]) : (bytes[offset + 1], bytes[offset])
                return UInt16(high) << 8 | UInt16(low)
            }
            let utf8 = Array(String(decoding: units, as: UTF16.self).utf8)
            return utf8.withUnsafeBytes { transcoded in
                var scanner = PrologScanner(bytes: transcoded)
                return scanner.scanProlog()
            }
        }
        var scanner = PrologScanner(bytes: bytes)
        return scanner.scanProlog()
    }

    /// `true` for UTF-16 big-endian, `false` for little-endian, `nil` for anything else; from the
    /// byte order mark or, without one, from how `<?` is encoded (XML 1.0 appendix F).
    private static func utf16ByteOrder(of bytes: UnsafeRawBufferPointer) -> Bool? {
        guard bytes.count >= 4 else { return nil }
        switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F): return true
        case (0xFF, 0xFE, 0x00, 0x00): return nil  // UTF-32 little-endian
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00): return false
        default: return nil
        }
    }

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    private mutating func scanProlog() -> Int? {
        if has("\u{FEFF}") {
            index += 3  // the byte order mark, in UTF-8 (also after transcoding from UTF-16)
        }
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if has("<?") {
                skip(past: "?>")
            } else if has("<!--") {
                skip(past: "-->")
            } else if has("<!DOCTYPE") {
                index += 9
                return scanDoctype()
            } else {
                return nil  // the root element: the prolog is over
            }
        }
        return nil
    }

    /// Reads the DOCTYPE from after its keyword to its closing `>`.
    private mutating func scanDoctype() -> Int? {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                skipQuoted()
            } else if byte == UInt8(ascii: "[") {
                index += 1
                return scanInternalSubset()
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else {
                index += 1
            }
        }
        return nil
    }

    private mutating func scanInternalSubset() -> Int? {
        while index < bytes.count {
            if has("<!--") {
                skip(past: "-->")
            } else if has("<?") {
                skip(past: "?>")
            } else if has("<!ENTITY") {
                return lineNumber()
            } else if has("<!") {
                skipDeclaration()
            } else if bytes[index] == UInt8(ascii: "]") {
                return nil
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Skips a markup declaration (`<!ELEMENT ...>`, `<!ATTLIST ...>`), honouring its quoted strings.
    private mutating func skipDeclaration() {
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                skipQuoted()
            } else {
                index += 1
            }
        }
        index += 1
    }

    private mutating func skipQuoted() {
        let quote = bytes[index]
        index += 1
        while index < bytes.count, bytes[index] != quote {
            index += 1
        }
        index += 1
    }

    private mutating func skip(past terminator: String) {
        while index < bytes.count, !has(terminator) {
            index += 1
        }
        index += terminator.utf8.count
    }

    private func has(_ literal: String) -> Bool {
        let utf8 = literal.utf8
        guard bytes.count - index >= utf8.count else { return false }
        return zip(bytes[index...], utf8).allSatisfy { $0 == $1 }
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func lineNumber() -> Int {
        bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
