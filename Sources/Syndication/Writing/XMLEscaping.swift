/// Escaping of strings for XML 1.0 text and double-quoted attribute values.
///
/// Characters that XML 1.0 forbids even as references (U+0000–U+0008, U+000B, U+000C,
/// U+000E–U+001F, U+FFFE, U+FFFF) are dropped: no escaping could make them legal, and one of them
/// would make the whole feed unreadable.
enum XMLEscaping {
    /// For element content: `&`, `<`, `>` (so `]]>` cannot appear) and carriage returns, which a
    /// parser would otherwise normalise away.
    static func text(_ string: String) -> String {
        escape(string, inAttribute: false)
    }

    /// For a double-quoted attribute value: as ``text(_:)`` plus `"`, tabs and line feeds, which
    /// attribute-value normalisation would turn into spaces.
    static func attribute(_ string: String) -> String {
        escape(string, inAttribute: true)
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
