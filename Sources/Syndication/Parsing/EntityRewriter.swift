/// Turns HTML's named entities in a document into numeric character references, for the retry
/// after libxml2 refused an undeclared entity.
///
/// `&euml;` becomes `&#235;`: the same character, with nothing to declare or expand. XML's own five
/// names, unknown names, and everything inside CDATA sections, comments and processing
/// instructions are left as they are. Only ASCII-compatible encodings are rewritten: the entity
/// names and the references are ASCII in all of them.
enum EntityRewriter {
    /// The rewritten document, or `nil` when there was nothing to rewrite.
    static func rewrite(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = endOfUnparsedSection(in: bytes, at: index) {
                index = end
                continue
            }
            guard byte == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, end - index < 12, isNameByte(bytes[end]) {
                end += 1
            }
            guard end < count, bytes[end] == UInt8(ascii: ";"), end > index + 1,
                let codePoint = HTMLEntities.codePoint(named: UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<end])),
                !isPredefined(UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<end]))
            else {
                index += 1
                continue
            }
            if output.isEmpty {
                output.reserveCapacity(count + 64)
            }
            output.append(contentsOf: bytes[copied..<index])
            output.append(contentsOf: Array("&#\(codePoint);".utf8))
            index = end + 1
            copied = index
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: bytes[copied..<count])
        return output
    }

    /// The index after a CDATA section, comment or processing instruction starting at `index`.
    private static func endOfUnparsedSection(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let sections: [(open: String, close: String)] = [("<![CDATA[", "]]>"), ("<!--", "-->"), ("<?", "?>")]
        for section in sections where has(section.open, in: bytes, at: index) {
            var cursor = index + section.open.utf8.count
            while cursor < bytes.count, !has(section.close, in: bytes, at: cursor) {
                cursor += 1
            }
            return min(bytes.count, cursor + section.close.utf8.count)
        }
        return nil
    }

    private static func has(_ literal: String, in bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        let utf8 = literal.utf8
        guard bytes.count - index >= utf8.count else { return false }
        return zip(bytes[index...], utf8).allSatisfy { $0 == $1 }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isPredefined(_ name: UnsafeRawBufferPointer) -> Bool {
        ["amp", "lt", "gt", "quot", "apos"].contains { $0.utf8.elementsEqual(name) }
    }
}
