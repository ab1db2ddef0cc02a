/// The moderation UI's words in each language, looked up by key (`{{t.sign_in}}` in a template).
///
/// Both tables have the same keys; a test checks that, and that every key a template uses exists.
/// `{n}` in a text is replaced by a number or name when the text is used.
enum UIText {
    /// The table for a language.
    static func table(_ language: UILanguage) -> [String: String] {
        switch language {
        case .dutch: dutch
        case .english: english
        }
    }

    /// One text with `{n}` replaced.
    static func text(_ key: String, _ language: UILanguage, _ value: String? = nil) -> String {
        let text = table(language)[key] ?? key
        return value.map { text.replacingOccurrences(of: "{n}", with: $0) } ?? text
    }

    /// A rule's name for people; the identifier for rules the UI does not know.
    static func ruleName(_ identifier: String, _ language: UILanguage) -> String {
        table(language)["rule_\(identifier)"] ?? identifier
    }
}
