/// Resolves relative URLs in the attributes of escaped HTML (an Atom `type="html"` construct, an
/// RSS `description`) against the base in effect, leaving every other byte as it was.
///
/// Works on the UTF-8 bytes: the first version walked `Character`s and `Substring`s and called
/// Foundation's `contains`, 31 % of the instructions of parsing and sanitizing the 170 real feeds.
enum MarkupURLResolver {
    static func resolve(_ html: String, against base: String?) -> String {
        guard let base else { return html }
        if let result = html.utf8.withContiguousStorageIfAvailable({ resolve($0, html: html, base: base) }) {
            return result
        }
        return Array(html.utf8).withUnsafeBufferPointer { resolve($0, html: html, base: base) }
    }

    private static func resolve(_ bytes: UnsafeBufferPointer<UInt8>, html: String, base: String) -> String {
        guard var open = bytes.firstIndex(of: UInt8(ascii: "<")) else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var start = 0
        while true {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<open]))
            // A `<` that no `>` follows is text: copied with the rest.
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                start = open
                break
            }
            resolveTag(UnsafeBufferPointer(rebasing: bytes[open...close]), base: base, into: &output)
            start = close + 1
            guard let next = bytes[start...].firstIndex(of: UInt8(ascii: "<")) else { break }
            open = next
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        return String(decoding: output, as: UTF8.self)
    }

    /// One tag with its URL attributes (`href="..."`, `src='...'`) resolved.
    private static func resolveTag(_ tag: UnsafeBufferPointer<UInt8>, base: String, into output: inout [UInt8]) {
        var start = 0
        while let equals = tag[start...].firstIndex(of: UInt8(ascii: "=")) {
            let isURL = isURLAttribute(tag, endingAt: equals, from: start)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: tag[start...equals]))
            start = equals + 1
            guard isURL, start < tag.count, tag[start] == UInt8(ascii: "\"") || tag[start] == UInt8(ascii: "'"),
                let end = tag[(start + 1)...].firstIndex(of: tag[start])
            else { continue }
            let value = String(decoding: UnsafeBufferPointer(rebasing: tag[(start + 1)..<end]), as: UTF8.self)
            output.append(tag[start])
            output.append(contentsOf: URLResolver.resolve(value.trimmingWhitespace, against: base).utf8)
            output.append(tag[start])
            start = end + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: tag[start...]))
    }

    /// Whether the letters just before `equals` (not before `start`) name a URL attribute. A
    /// letter outside ASCII before them makes the name longer, so it is none of those names.
    private static func isURLAttribute(_ tag: UnsafeBufferPointer<UInt8>, endingAt equals: Int, from start: Int) -> Bool {
        var first = equals
        while first > start, isASCIILetter(tag[first - 1]) {
            first -= 1
        }
        guard first < equals, equals - first <= 10 else { return false }
        if first > start, tag[first - 1] >= 0x80, endsWithLetter(UnsafeBufferPointer(rebasing: tag[start..<first])) {
            return false
        }
        var name = ""
        for byte in tag[first..<equals] {
            name.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
        }
        return MarkupWriter.urlAttributes.contains(name)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether the text ends with a letter (as `Character.isLetter` sees one).
    private static func endsWithLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = String(decoding: bytes.suffix(4), as: UTF8.self).last else { return false }
        return last.isLetter
    }
}
