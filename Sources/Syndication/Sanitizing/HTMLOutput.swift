/// The sanitizer's output buffer: UTF-8 bytes, with escaping for text and attribute values.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer sized for about `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { bytes.isEmpty }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// The last byte written.
    var last: UInt8? { bytes.last }

    /// The bytes without leading and trailing HTML whitespace (space, tab, line feed, form feed).
    var trimmed: ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return [] }
        return bytes[first...last]
    }

    /// Appends markup the sanitizer wrote itself.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup the sanitizer wrote itself.
    mutating func raw(_ markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends `count` bytes of UTF-8 text, escaped for element content or a double-quoted
    /// attribute value; the same escaping serves both.
    mutating func escaped(_ text: UnsafePointer<UInt8>, count: Int) {
        // Copy runs of ordinary bytes in one append: per-byte appends dominated the profile.
        var runStart = 0
        var index = 0
        while index < count {
            // Skip words of eight ordinary bytes.
            while index + 8 <= count {
                let word = ByteWord.load(text + index)
                if ByteWord.contains(word, 0x22) || ByteWord.contains(word, 0x26) || ByteWord.contains(word, 0x3C)
                    || ByteWord.contains(word, 0x3E) || ByteWord.containsByte(word, below: 0x20)
                {
                    break
                }
                index += 8
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = text[index]
                if byte < 0x3F, byte < 0x20 || Self.specials & (1 << UInt64(byte)) != 0, byte != 0x09, byte != 0x0A {
                    if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: text + runStart, count: index - runStart)) }
                    append(escaping: byte)
                    runStart = index + 1
                }
                index += 1
            }
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: text + runStart, count: count - runStart)) }
    }

    /// `"`, `&`, `<` and `>` as a bit set over the byte values below 64.
    private static let specials: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    /// Appends `text`, escaped as ``escaped(_:count:)`` does.
    mutating func escaped(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in
            if let base = utf8.baseAddress { escaped(base, count: utf8.count) }
        }
    }

    /// `&`, `<`, `>` and `"` become references. Carriage returns and C0 controls, which libxml2
    /// can produce from character references, are rewritten as ``HTMLInputCleaner`` rewrites
    /// input, so a second pass reads back exactly what was written. (libxml2 never produces
    /// U+FFFE or U+FFFF.)
    @inline(__always)
    private mutating func append(escaping byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): raw("&amp;")
        case UInt8(ascii: "<"): raw("&lt;")
        case UInt8(ascii: ">"): raw("&gt;")
        case UInt8(ascii: "\""): raw("&quot;")
        case 0x0D: bytes.append(0x0A)
        case 0x09, 0x0A: bytes.append(byte)
        case 0x00..<0x20: bytes.append(contentsOf: HTMLInputCleaner.replacement)
        default: bytes.append(byte)
        }
    }
}
