import ModerationKit

/// Holds or rejects comments that use words from a list, however they are disguised.
///
/// Identifier `word-list`. Matches the entries of word lists against the body, the author's
/// name and the author's URL (``Options/fields``):
///
/// - **Whole words after normalisation.** Case, accents and invisible characters are ignored,
///   and so are the usual disguises: leetspeak (`0`→o, `1`→i or l, `3`→e, `4`→a, `5`→s,
///   `7`→t, `@`→a, `$`→s), letters repeated three or more times (`kuuuut`), and letters spaced
///   or dotted out (`k u t`, `k.u.t`). An entry never matches inside a longer word: `lul` does
///   not match "lullig", nor `hoer` "hoera". Double letters count as written (`slet` is not
///   "sleet"), since Dutch spells many words apart by them.
/// - **Stems.** A `*` at the start or end of a one-word entry matches longer words: `kut*`
///   matches "kutbedrijf" and "KUTSERVICE".
/// - **Phrases** match the same words in a row, whatever separates them.
///
/// By default the embedded starter lists `nl` and `en` are used (``Options/starterLists``):
/// trimmed from the "List of Dirty, Naughty, Obscene, and Otherwise Bad Words" (LDNOOBW
/// contributors, CC BY 4.0), each match forcing a **hold** with score 5. Sites add their own
/// lists from files with ``Options/lists``, each with its own action (hold or reject) and score.
///
/// Each list with a match gives one finding, with the list's score and forced action and a
/// reason quoting the entries masked: `"matched 'k*t' from word list nl"`,
/// `"matched 'k*t…' and 'h**r' (author name) from word list nl"`. A word is counted for one
/// list only: reject lists are searched first, then hold lists, each in their given order
/// (the starter lists last).
///
/// ```swift
/// let rule = WordListMatcher(options: .init())
/// let findings = rule.evaluate(submission, in: context)
/// // "Wat een k.u.t.bedrijf" → "matched 'k*t…' from word list nl", score 5, forced hold
/// ```
public struct WordListMatcher: ModerationRule {
    /// `word-list`, as sites name the rule in their configuration.
    public static let identifier = "word-list"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds or rejects comments that use words from a word list, seeing through leetspeak and spacing."

    /// The options the rule was built with.
    public let options: Options

    /// The lists, compiled, strictest action first.
    private let lists: [CompiledWordList]
    private let fields: [Field]

    /// Creates the rule with a site's options, compiling every list for lookup.
    public init(options: Options) {
        self.options = options
        var seen: Set<String> = []
        let starter = options.starterLists.filter { seen.insert($0).inserted }.compactMap { name in
            StarterLists.all[name].map { CompiledWordList(name: name, action: .hold, score: 5, lines: $0) }
        }
        let own = options.lists.map { CompiledWordList(name: $0.name, action: $0.action, score: $0.score, lines: $0.entries) }
        let ordered = own + starter
        lists = ordered.filter { $0.action == .reject } + ordered.filter { $0.action != .reject }
        var seenFields: Set<Field> = []
        fields = options.fields.filter { seenFields.insert($0).inserted }
    }

    /// Judges the submission's fields against every list.
    ///
    /// Synchronous and non-throwing: one normalising pass over each field, then a few
    /// dictionary probes per word.
    ///
    /// - Returns: one finding per list with a match, strictest first.
    public func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] {
        var found = Array(repeating: [String](), count: lists.count)
        for field in fields {
            guard let text = text(of: field, in: submission), !text.isEmpty else { continue }
            let words = TextNormalizer.words(in: text)
            var claimed = Array(repeating: false, count: words.count)
            for (index, list) in lists.enumerated() {
                for match in list.matches(in: words) where !claimed[match.words].contains(true) {
                    claimed.replaceSubrange(match.words, with: repeatElement(true, count: match.words.count))
                    let quote = "'\(list.entries[match.entry].masked)'\(field.suffix)"
                    if !found[index].contains(quote) { found[index].append(quote) }
                }
            }
        }
        return lists.indices.compactMap { index in
            guard !found[index].isEmpty else { return nil }
            let list = lists[index]
            return Finding(score: list.score, reason: "matched \(Self.enumerate(found[index])) from word list \(list.name)", action: list.action)
        }
    }

    private func text(of field: Field, in submission: Submission) -> String? {
        switch field {
        case .body: submission.body
        case .authorName: submission.author.name
        case .authorURL: submission.author.url
        }
    }

    /// "'a'", "'a' and 'b'", "'a', 'b' and 'c'", "'a', 'b', 'c' and 2 more".
    private static func enumerate(_ quotes: [String]) -> String {
        guard quotes.count > 1 else { return quotes.first ?? "" }
        if quotes.count > 3 {
            return quotes.prefix(3).joined(separator: ", ") + " and \(quotes.count - 3) more"
        }
        return quotes.dropLast().joined(separator: ", ") + " and " + quotes[quotes.count - 1]
    }
}

extension WordListMatcher.Field {
    /// How a reason says where a match was: nothing for the body.
    fileprivate var suffix: String {
        switch self {
        case .body: ""
        case .authorName: " (author name)"
        case .authorURL: " (author URL)"
        }
    }
}
