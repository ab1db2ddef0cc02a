/// Prepares untrusted text for libxml2 and for output: the same rules on both sides keep the
/// sanitizer idempotent.
///
/// Carriage returns become line feeds (as a browser's input stream does), and code points that
/// libxml2 refuses as characters (C0 controls other than tab and line feed, U+FFFE, U+FFFF)
/// become U+FFFD. Replacing rather than deleting them matters: deleting would let `<scr\u{1}ipt>`
/// close up into a tag.
enum HTMLInputCleaner {
    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `prefix`, then the UTF-8 bytes of `text` cut to at most `limit` bytes at a character
    /// boundary and cleaned.
    static func bytes(_ text: String, limit: Int, prefix: [UInt8] = []) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { utf8 in
            var end = min(utf8.count, max(limit, 0))
            // Back off to the first byte of a character: continuation bytes are 0b10xxxxxx.
            while end < utf8.count, end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
            let input = UnsafeBufferPointer(rebasing: utf8[..<end])
            var cleaned = prefix
            cleaned.reserveCapacity(prefix.count + input.count + 16)
            // Most text needs nothing rewritten: find out with a branch-free loop the compiler
            // vectorises, and copy it in one go (the byte-by-byte loop below was 5 % of a parse).
            // Controls other than tab and line feed are 0x00–0x08 and 0x0B–0x1F; 0xEF starts U+FFFE/U+FFFF.
            var found: UInt8 = 0
            for byte in input {
                found |= (byte < 0x09 ? 1 : 0) | (byte &- 0x0B < 0x15 ? 1 : 0) | (byte == 0xEF ? 1 : 0)
            }
            if found == 0 {
                cleaned.append(contentsOf: input)
                return cleaned
            }
            var runStart = 0
            var index = 0
            while index < input.count {
                let byte = input[index]
                guard byte < 0x20 || byte == 0xEF, byte != 0x09, byte != 0x0A else {
                    index += 1
                    continue
                }
                var skip = 1
                let rewritten: [UInt8]
                if byte == 0x0D {
                    rewritten = [0x0A]
                    if index + 1 < input.count, input[index + 1] == 0x0A { skip = 2 }
                } else if byte < 0x20 {
                    rewritten = replacement
                } else if index + 2 < input.count, input[index + 1] == 0xBF, input[index + 2] == 0xBE || input[index + 2] == 0xBF {
                    rewritten = replacement
                    skip = 3
                } else {
                    index += 1
                    continue
                }
                cleaned.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
                cleaned.append(contentsOf: rewritten)
                index += skip
                runStart = index
            }
            cleaned.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<input.count]))
            return cleaned
        }
    }
}
