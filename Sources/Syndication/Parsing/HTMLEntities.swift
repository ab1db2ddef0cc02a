import CLibXML2

/// HTML 4's named character references (`&euml;`, `&nbsp;`), which RSS feeds use without declaring them.
///
/// The table is libxml2's own (`htmlEntityLookup`): a fixed list of 253 names that maps each to one
/// character, so nothing can expand to more than that one character.
enum HTMLEntities {
    /// The character a name stands for (`"euml"` → `"ë"`), or `nil` when HTML has no such entity.
    static func character(named name: String) -> Character? {
        guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return Character(scalar)
    }

    /// The code point of a name, or `nil`; for ASCII bytes without building a `String`.
    static func codePoint(named name: UnsafeRawBufferPointer) -> UInt32? {
        guard name.count < 16 else { return nil }
        var buffer = [UInt8](repeating: 0, count: name.count + 1)
        for (index, byte) in name.enumerated() {
            buffer[index] = byte
        }
        return buffer.withUnsafeBufferPointer { pointer in
            htmlEntityLookup(pointer.baseAddress).map { $0.pointee.value }
        }
    }
}
