extension FeedPerson {
    /// Reads RSS `author`: `"jan@example.nl (Jan de Vries)"`, a bare address, or (often, against
    /// the spec) a bare name.
    init(rssAuthor text: String) {
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let name = text[text.index(after: open)..<close].trimmingWhitespace
            let email = text[..<open].trimmingWhitespace
            self.init(name: name.isEmpty ? nil : name, email: email.isEmpty ? nil : email)
        } else if text.contains("@"), !text.contains(" ") {
            self.init(email: text)
        } else {
            self.init(name: text)
        }
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: String { String(self).trimmingWhitespace }
}
