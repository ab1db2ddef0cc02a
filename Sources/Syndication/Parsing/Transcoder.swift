#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts a document to UTF-8 with iconv when libxml2 cannot read its encoding itself: names
/// XML does not allow (`437`), UTF-32, or names libxml2 does not know (`u16`).
///
/// The XML declaration of the result is rewritten to say `utf-8`, and a byte order mark is
/// dropped, so that libxml2 reads the copy as what it now is. The copy is made only on this
/// fallback path.
enum Transcoder {
    /// The document in UTF-8, or `nil` when iconv does not know the encoding or the bytes do not decode.
    static func utf8(_ bytes: UnsafeRawBufferPointer, from encoding: String) -> [UInt8]? {
        var source = Array(bytes)
        let name = encoding.uppercased()
        let bomLength: Int
        switch name {
        case "UTF-32BE", "UTF-32LE": bomLength = source.starts(with: [0, 0, 0xFE, 0xFF]) || source.starts(with: [0xFF, 0xFE, 0, 0]) ? 4 : 0
        case "UTF-16BE", "UTF-16LE": bomLength = source.starts(with: [0xFE, 0xFF]) || source.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case "UTF-8": bomLength = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        default: bomLength = 0
        }
        source.removeFirst(bomLength)
        let converter = iconv_open("UTF-8", name.first?.isNumber == true ? "CP" + name : name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: source.count * 4 + 16)
        let converted: Int? = source.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                var inPointer = UnsafeMutableRawPointer(input.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = input.count
                var outPointer = UnsafeMutableRawPointer(out.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = out.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return out.count - outLeft
            }
        }
        guard let converted else { return nil }
        output.removeSubrange(converted...)
        return withUTF8Declaration(output)
    }

    /// The document with its XML declaration's encoding replaced by `utf-8`.
    private static func withUTF8Declaration(_ document: [UInt8]) -> [UInt8] {
        guard document.starts(with: Array("<?xml".utf8)), let end = firstIndex(of: Array("?>".utf8), in: document) else { return document }
        return Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>".utf8) + document[(end + 2)...]
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count)
        where haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle {
            return index
        }
        return nil
    }
}
