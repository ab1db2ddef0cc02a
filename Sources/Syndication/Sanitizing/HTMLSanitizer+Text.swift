extension HTMLSanitizer {
    /// Plain text as HTML: escaped, blank-line-separated paragraphs in `<p>`, single line
    /// breaks as `<br>`.
    ///
    /// For Atom `type="text"` content, which must be shown as written rather than read as markup.
    /// The result is within the sanitizer's policy, so sanitizing it changes nothing.
    ///
    /// ```swift
    /// HTMLSanitizer().html(fromPlainText: "Hoi <jij>\n\nTot ziens")  // "<p>Hoi &lt;jij&gt;</p><p>Tot ziens</p>"
    /// ```
    public func html(fromPlainText text: String) -> String {
        let cleaned = String(decoding: HTMLInputCleaner.bytes(text, limit: maximumInputBytes), as: UTF8.self)
        var output = HTMLOutput(capacity: cleaned.utf8.count + 16)
        let paragraphs = cleaned.split(separator: "\n", omittingEmptySubsequences: false)
            .split { $0.allSatisfy(\.isWhitespace) }
        for lines in paragraphs {
            output.raw("<p>")
            for (index, line) in lines.enumerated() {
                if index > 0 { output.raw("<br>") }
                output.escaped(String(line.trimmingPrefix(while: \.isWhitespace)))
            }
            output.raw("</p>")
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}
