import ModerationKit

/// Flags comments written mostly in capitals, or with a long run of exclamation marks.
///
/// Identifier `shouting`. Two signals, each governed by an option in ``Options``:
///
/// - **Capitals**: at least ``Options/capitalShare`` (default 0.7) of the cased letters are
///   capitals, in a text with at least ``Options/minimumLetters`` (default 12) of them, so that
///   "OK" or "NS" is never shouting. Letters are Unicode letters (`É`, `Ü`, `Σ` count); letters
///   without case (Chinese, Arabic, …) cannot shout and are left out of the count, and so are
///   web and e-mail addresses.
/// - **Exclamation marks**: a run of at least ``Options/exclamationRun`` (default 3) `!` in a row.
///
/// A comment yields at most one finding, scored ``Options/score`` (default 5, enough to hold
/// under the default policy) whether one signal fires or both; the reason names each one, as in
/// `"86% of the letters are capitals; a run of 4 exclamation marks"`. Shouting is one offence
/// however it is written, so this rule alone holds a comment but never rejects it.
///
/// ```swift
/// let rule = ShoutingDetector(options: .init())
/// let findings = rule.evaluate(submission, in: context)
/// // "JA, MAAR DIE MAP IS NIET NIEUW MEER!" → one finding: "100% of the letters are capitals", score 5
/// ```
public struct ShoutingDetector: ModerationRule {
    /// `shouting`, as sites name the rule in their configuration.
    public static let identifier = "shouting"

    /// A one-line description for `stempel rules`.
    public static let summary = "Flags comments written mostly in capitals or with long runs of exclamation marks."

    /// The options the rule was built with.
    public let options: Options

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
    }

    /// Judges the body of a submission; the author's fields and the history play no part.
    ///
    /// Synchronous and non-throwing: one pass over the text, no history needed.
    ///
    /// - Returns: one finding when the text shouts, otherwise none.
    public func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] {
        let tally = TextTally(submission.body)
        var reasons: [String] = []
        if let percentage = capitalPercentage(of: tally) {
            reasons.append("\(percentage)% of the letters are capitals")
        }
        if tally.longestExclamationRun >= options.exclamationRun {
            reasons.append("a run of \(tally.longestExclamationRun) exclamation marks")
        }
        guard !reasons.isEmpty else { return [] }
        return [Finding(score: options.score, reason: reasons.joined(separator: "; "))]
    }

    /// The share of capitals as a whole percentage (rounded down), or nil when the text does not shout.
    private func capitalPercentage(of tally: TextTally) -> Int? {
        guard tally.casedLetters > 0, tally.casedLetters >= options.minimumLetters else { return nil }
        // Divide rather than multiply the threshold: 24 of 30 is then exactly 0.8, not just below.
        guard Double(tally.capitals) / Double(tally.casedLetters) >= options.capitalShare else { return nil }
        // Integer arithmetic, so that 29 capitals in 100 letters never reads as "28%".
        return tally.capitals * 100 / tally.casedLetters
    }
}
