extension FeedPerson {
    /// Reads RSS `author`: `"jan@example.nl (Jan de Vries)"`, a bare address, or (often, against
    /// the spec) a bare name.
    ///
    /// The delimiters are looked for in the UTF-8 bytes: `firstIndex(of: Character)` walked the
    /// text grapheme by grapheme, thousands of instructions for every `dc:creator`.
    init(rssAuthor text: String) {
        let bytes = text.utf8
        if let open = bytes.firstIndex(of: UInt8(ascii: "<")), let close = bytes.lastIndex(of: UInt8(ascii: ">")), open < close {
            // "Jan de Vries <jan@example.nl>", the mail form.
            let email = text[text.index(after: open)..<close].trimmingWhitespace
            let name = (text[..<open] + text[text.index(after: close)...]).trimmingWhitespace
            self.init(name: name.isEmpty ? nil : name, email: email.isEmpty ? nil : email)
        } else if let open = bytes.firstIndex(of: UInt8(ascii: "(")), let close = bytes.lastIndex(of: UInt8(ascii: ")")), open < close {
            let inside = text[text.index(after: open)..<close].trimmingWhitespace
            let outside = (text[..<open] + text[text.index(after: close)...]).trimmingWhitespace
            // Either order occurs: "jan@example.nl (Jan)" and "Jan (jan@example.nl)".
            let (name, email) = inside.containsBytes("@") && !outside.containsBytes("@") ? (outside, inside) : (inside, outside)
            self.init(name: name.isEmpty ? nil : name, email: email.isEmpty ? nil : email)
        } else if text.containsBytes("@"), !text.containsBytes(" ") {
            self.init(email: text)
        } else {
            self.init(name: text)
        }
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: String { String(self).trimmingWhitespace }
}
