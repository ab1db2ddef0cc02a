import Foundation

/// The text of stored HTML without its markup, for rules that compare words.
///
/// Only for columns Stempel itself stored (sanitized on the way in); not a sanitizer.
package enum PlainText {
    package static func of(html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<":
                inTag = true
                text += " "
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&nbsp;": " "]
        for (entity, replacement) in entities { text = text.replacingOccurrences(of: entity, with: replacement) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
