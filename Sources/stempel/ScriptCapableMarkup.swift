import Syndication

/// A deliberately over-cautious test for markup that could carry script, used by
/// `feed inspect --json`: strings that pass are printed as the feed wrote them (so the output
/// compares with feedparser's), anything else goes through ``HTMLSanitizer`` first.
///
/// It errs towards "suspicious": any risky element name, any `on…=` attribute, a URL scheme
/// other than http(s)/mailto anywhere, `style=`, comments and CDATA, and any character
/// reference or backtick inside a tag, where it could hide one of the former.
enum ScriptCapableMarkup {
    private static let riskyElements = [
        "script", "iframe", "frame", "object", "embed", "applet", "meta", "link", "base", "form", "style", "svg", "math", "blink",
        "marquee", "noscript", "template", "textarea", "xmp", "noembed", "noframes", "plaintext", "title", "isindex", "input",
        "button", "select", "option", "video", "audio", "source", "image", "xml", "import", "html", "body", "head", "bgsound",
        "layer", "ilayer", "portal", "param", "keygen", "dialog",
    ]
    private static let riskyWords = ["javascript", "vbscript", "livescript", "mocha", "data:", "expression", "-moz-binding", "behavior", "style="]

    private static let benignReferences = ["&amp;", "&#38;", "&#x26;", "&quot;", "&#34;", "&#x22;", "&lt;", "&gt;", "&apos;", "&#39;"]

    /// Whether `text` might carry script when read as HTML.
    static func isSuspicious(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
        let lower = text.lowercased()
        if lower.contains("<!--") || lower.contains("<![") || lower.contains("<?") || riskyWords.contains(where: { lower.contains($0) }) {
            return true
        }
        var insideTag = false
        var previous: Character = " "
        var index = lower.startIndex
        while index < lower.endIndex {
            let character = lower[index]
            if character == "<" {
                insideTag = true
                let name = lower[lower.index(after: index)...].drop { $0 == "/" || $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == ":" }
                if riskyElements.contains(String(name.split(separator: ":").last ?? "")) {
                    return true
                }
            } else if character == ">" {
                insideTag = false
            } else if insideTag {
                if character == "`" || character == "\\" {
                    return true
                }
                // A character reference could spell a scheme or a quote; only the harmless ones pass.
                if character == "&", !benignReferences.contains(where: { lower[index...].hasPrefix($0) }) {
                    return true
                }
                // An event handler attribute: "on" after a separator, then letters and "=".
                if character == "o", " \t\n\r/\"'".contains(previous), lower[index...].hasPrefix("on"),
                    lower[lower.index(index, offsetBy: 2)...].drop(while: { $0.isLetter }).drop(while: { $0 == " " }).first == "="
                {
                    return true
                }
            }
            previous = character
            index = lower.index(after: index)
        }
        return false
    }

    /// Every string in a JSON tree, made safe: suspicious ones sanitized, the rest unchanged.
    static func makeSafe(_ value: Any, with sanitizer: HTMLSanitizer) -> Any {
        switch value {
        case let string as String:
            return isSuspicious(string) ? sanitizer.sanitize(string) : string
        case let object as [String: Any]:
            return object.mapValues { makeSafe($0, with: sanitizer) }
        case let array as [Any]:
            return array.map { makeSafe($0, with: sanitizer) }
        default:
            return value
        }
    }
}
