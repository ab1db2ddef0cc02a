/// Serializes elements nested in a text construct back into markup, as Python's feedparser does:
/// attributes sorted, void elements written `<br />`, the XHTML namespace left implicit, and
/// URL attributes resolved against the base in effect.
enum MarkupWriter {
    /// HTML's void elements, written as `<br />`.
    private static let voidElements: Set = [
        "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    ]
    /// Attributes whose values are URLs, resolved like feedparser's `relative_uris`.
    static let urlAttributes: Set = [
        "href", "src", "cite", "longdesc", "usemap", "background", "action", "codebase", "data", "classid", "poster", "profile",
    ]

    /// The start tag (or the whole element, when it is empty) for the reader's current element.
    static func startTag(_ reader: some XMLEventReader, name: XMLName, base: String?, isEmpty: Bool) -> String {
        let tagName = tagName(reader.qualifiedName, name)
        var attributes = reader.writtenAttributes().filter { $0.value != FeedNamespace.xhtml || !$0.name.hasPrefix("xmlns") }
        attributes.sort { $0.name < $1.name }
        var tag = "<" + tagName
        for attribute in attributes {
            var value = attribute.value
            if base != nil, urlAttributes.contains(attribute.name.lowercased()) {
                value = URLResolver.resolve(value.trimmingWhitespace, against: base)
            }
            tag += " \(attribute.name)=\"\(escape(value, quotes: true))\""
        }
        if isEmpty {
            return tag + (voidElements.contains(tagName.lowercased()) ? " />" : "></\(tagName)>")
        }
        return tag + ">"
    }

    static func endTag(_ qualifiedName: String, _ name: XMLName) -> String {
        "</\(tagName(qualifiedName, name))>"
    }

    /// XHTML elements without their prefix; other vocabularies (SVG, MathML) as written.
    private static func tagName(_ qualifiedName: String, _ name: XMLName) -> String {
        name.namespace == FeedNamespace.xhtml ? name.local : qualifiedName
    }

    /// Escapes text for markup: `&`, `<`, `>` (and `"` in attribute values).
    static func escape(_ text: String, quotes: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
