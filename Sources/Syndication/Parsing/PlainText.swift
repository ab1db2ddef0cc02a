/// Turns a title written as HTML or XHTML into plain text: tags removed, character references decoded.
///
/// Titles are shown as text everywhere, so markup in them is dropped rather than sanitized.
enum PlainText {
    static func from(markup: String) -> String {
        guard markup.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return markup }
        var result = ""
        var index = markup.startIndex
        while index < markup.endIndex {
            let character = markup[index]
            if character == "<", let close = markup[index...].firstIndex(of: ">") {
                index = markup.index(after: close)
            } else if character == "&", let (decoded, next) = reference(in: markup, at: index) {
                result.append(decoded)
                index = next
            } else {
                result.append(character)
                index = markup.index(after: index)
            }
        }
        return result.trimmingWhitespace
    }

    /// Decodes `&name;`, `&#123;` or `&#x7B;` at `index`.
    private static func reference(in text: String, at index: String.Index) -> (Character, String.Index)? {
        let rest = text[text.index(after: index)...].prefix(12)
        guard let semicolon = rest.firstIndex(of: ";") else { return nil }
        let name = rest[..<semicolon]
        let next = text.index(after: semicolon)
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { (Character($0), next) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { (Character($0), next) }
        }
        switch name {
        case "amp": return ("&", next)
        case "lt": return ("<", next)
        case "gt": return (">", next)
        case "quot": return ("\"", next)
        case "apos": return ("'", next)
        default: return HTMLEntities.character(named: String(name)).map { ($0, next) }
        }
    }
}
