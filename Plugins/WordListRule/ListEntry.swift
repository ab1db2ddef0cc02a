/// One entry of a word list: a word or phrase, normalised as texts are, with optional wildcards.
///
/// Entries match whole words: `lul` matches "lul" and "LUL" and "l.u.l", not "lullig". A `*`
/// at the start or end of a one-word entry lets it match inside longer words: `kut*` matches
/// "kutbedrijf", `*kut` matches "gratenkut", `*kut*` both. Phrases (`slik mijn zaad`) match
/// the same words in a row, with any spacing or punctuation between them.
struct ListEntry {
    /// The entry's words, normalised.
    let words: [WordToken]
    /// `*stem`: matches at the end of a longer word.
    let openStart: Bool
    /// `stem*`: matches at the start of a longer word.
    let openEnd: Bool
    /// The entry masked for reasons: `k*t`, `k*t…`.
    let masked: String

    /// Why a line is no valid entry.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// The entry on a line of a list, or nil for a blank line or a `#` comment.
    ///
    /// - Throws: ``Problem`` for a `*` inside a word or on a phrase, or a line without letters.
    static func parse(_ line: String) throws(Problem) -> ListEntry? {
        var text = Substring(line.trimmingSpaces)
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        let openStart = text.hasPrefix("*")
        let openEnd = text.hasSuffix("*") && text.count > 1
        if openStart { text = text.dropFirst() }
        if openEnd { text = text.dropLast() }
        guard !text.contains("*") else {
            throw Problem(description: "'\(line)': a * may stand only at the start or end of a word")
        }
        let words = TextNormalizer.words(in: String(text))
        guard !words.isEmpty else { throw Problem(description: "'\(line)' has no letters, digits or symbols to match") }
        guard words.count == 1 || !openStart && !openEnd else {
            throw Problem(description: "'\(line)': a * may stand only on an entry of one word")
        }
        return ListEntry(words: words, openStart: openStart, openEnd: openEnd, masked: Self.mask(String(text), openStart, openEnd))
    }

    /// Every letter but the first and last of each word of three or more replaced by `*`;
    /// wildcards shown as `…`, so that they are not read as masked letters.
    private static func mask(_ text: String, _ openStart: Bool, _ openEnd: Bool) -> String {
        var masked = ""
        var word: [Character] = []
        func flush() {
            if word.count >= 3 {
                masked.append(word[0])
                masked.append(String(repeating: "*", count: word.count - 2))
                masked.append(word[word.count - 1])
            } else {
                masked.append(contentsOf: word)
            }
            word = []
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                masked.append(character)
            }
        }
        flush()
        return (openStart ? "…" : "") + masked + (openEnd ? "…" : "")
    }
}

extension String {
    /// The string without leading and trailing whitespace, without needing Foundation.
    fileprivate var trimmingSpaces: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
