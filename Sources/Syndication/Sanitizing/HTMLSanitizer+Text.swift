extension HTMLSanitizer {
    /// Plain text as HTML: escaped, blank-line-separated paragraphs in `<p>`, single line
    /// breaks as `<br>`.
    ///
    /// For Atom `type="text"` content, which must be shown as written rather than read as markup.
    /// The result is within the sanitizer's policy, so sanitizing it changes nothing. Lines that
    /// hold only whitespace (Unicode's `White_Space`, such as U+00A0) separate paragraphs, and a
    /// line's leading whitespace is dropped.
    ///
    /// ```swift
    /// HTMLSanitizer().html(fromPlainText: "Hoi <jij>\n\nTot ziens")  // "<p>Hoi &lt;jij&gt;</p><p>Tot ziens</p>"
    /// ```
    public func html(fromPlainText text: String) -> String {
        // On the UTF-8 bytes: splitting into Characters was a quarter of an Atom feed's parse.
        let cleaned = HTMLInputCleaner.bytes(text, limit: maximumInputBytes)
        var output = HTMLOutput(capacity: cleaned.count + 32)
        cleaned.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var inParagraph = false
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                // The first byte after the line's leading whitespace.
                var content = lineStart
                while content < lineEnd {
                    let length = Self.whitespaceLength(bytes, at: content, end: lineEnd)
                    if length == 0 { break }
                    content += length
                }
                if content == lineEnd {
                    // A blank line ends the paragraph; runs of them make no empty paragraphs.
                    if inParagraph { output.raw("</p>") }
                    inParagraph = false
                } else {
                    output.raw(inParagraph ? "<br>" : "<p>")
                    inParagraph = true
                    output.escaped(base + content, count: lineEnd - content)
                }
                lineStart = lineEnd + 1
            }
            if inParagraph { output.raw("</p>") }
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// The length in bytes of the whitespace character at `index` (Unicode's `White_Space`
    /// property), or 0 when there is none.
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2:
            // U+0085, U+00A0
            guard index + 1 < end else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < end else { return 0 }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            switch (byte, second) {
            case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
            case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0  // U+2000–200A, 2028, 2029, 202F
            case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
            case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
            default: return 0
            }
        default: return 0
        }
    }
}
