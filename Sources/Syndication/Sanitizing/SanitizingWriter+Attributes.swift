extension SanitizingWriter {
    /// The value of attribute `name` (lowercase) in libxml2's attribute list, or nil.
    static func attribute(_ name: String, in attributes: UnsafePointer<UnsafePointer<UInt8>?>?) -> String? {
        guard var pair = attributes else { return nil }
        while let attributeName = pair[0] {
            if String(cString: attributeName).lowercased() == name {
                return pair[1].map { String(cString: $0) } ?? ""
            }
            pair += 2
        }
        return nil
    }

    /// Whether the bytes are only HTML whitespace (space, tab, line feed, form feed, carriage
    /// return).
    static func isWhitespace(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        (0..<count).allSatisfy { index in
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D: true
            default: false
            }
        }
    }
}
