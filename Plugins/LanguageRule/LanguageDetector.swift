import Foundation
import ModerationKit

/// Holds comments written confidently in a language the site does not accept.
///
/// Identifier `language`. Tells the language of a comment with a character n-gram model (naive
/// Bayes over 1-, 2- and 3-grams) that knows Dutch, English, German, French, Spanish, Italian,
/// Portuguese, Indonesian, Turkish and Polish; text mostly in another script is told by its
/// script (Greek, Hebrew, Japanese, Korean, Thai, Chinese; Cyrillic, Arabic and Devanagari are
/// named as scripts). The model was trained on prose written for Stempel and ships as Swift
/// source; `Benchmarks/language-model/` rebuilds it and measures it.
///
/// A comment is a finding only when all of these hold, so that doubt never holds a comment:
///
/// - it has at least ``Options/minimumLetters`` letters (default 20), addresses not counted;
/// - the rule is at least ``Options/minimumConfidence`` sure (default 0.2) that the text is not
///   in an accepted language, which a text that mixes an accepted language with another is not;
/// - the language is not one of ``Options/accepted`` (default `nl`, `en`).
///
/// The finding is scored ``Options/score`` (default 5, enough to hold) with a reason like
/// `"written in German (de), not an accepted language (nl, en)"`. Dutch full of English
/// loanwords ("de meeting was echt next level") is still Dutch. A language the model does not
/// know (Swedish, say) is taken for its nearest neighbour, usually with little confidence.
///
/// ```swift
/// let rule = LanguageDetector(options: .init())
/// rule.identify("Das ist wirklich ein schöner Artikel, danke!")?.code  // "de"
/// ```
public struct LanguageDetector: ModerationRule {
    /// `language`, as sites name the rule in their configuration.
    public static let identifier = "language"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds comments written confidently in a language the site does not accept."

    /// The language codes ``Options/accepted`` may hold: the ten the n-gram model knows, then
    /// those told by their script.
    public static let knownLanguages = LanguageModel.profiles.map(\.code) + Script.languageCodes

    /// The options the rule was built with.
    public let options: Options

    private let model: LanguageModel
    private let accepted: Set<String>
    /// The model's lanes of the accepted languages that it knows.
    private let acceptedLanes: [Int]
    private let acceptedList: String

    /// Creates the rule with a site's options; the shared model is built on first use.
    public init(options: Options) {
        self.options = options
        let model = LanguageModel.shared
        let accepted = Set(options.accepted)
        self.model = model
        self.accepted = accepted
        self.acceptedLanes = model.codes.indices.filter { accepted.contains(model.codes[$0]) }
        self.acceptedList = options.accepted.joined(separator: ", ")
    }

    /// Judges the body of a submission; the author's fields and the history play no part.
    ///
    /// Synchronous and non-throwing: one pass over at most the first 400 letters of the body.
    ///
    /// - Returns: one finding when the body is confidently in a language that is not accepted.
    public func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] {
        let scan = TextScan(submission.body, model: model)
        guard scan.letters >= options.minimumLetters, let (found, certainty) = judge(scan), certainty >= options.minimumConfidence else {
            return []
        }
        if let code = found.code, accepted.contains(code) { return [] }
        let language = found.code.map { "\(found.name) (\($0))" } ?? found.name
        return [Finding(score: options.score, reason: "written in \(language), not an accepted language (\(acceptedList))")]
    }

    /// The language of a text, whatever the options accept; nil when it has no letters.
    ///
    /// Looks at the same part of the text as ``evaluate(_:in:)``: addresses are skipped, and
    /// only the first 400 letters count. ``Options/minimumLetters`` does not apply.
    public func identify(_ text: String) -> Identification? {
        judge(TextScan(text, model: model))?.found
    }

    /// The language of the scanned text, and how sure the rule is that it is not an accepted
    /// one: the lead of its language over the most likely accepted language, on the scale of
    /// ``Identification/confidence``. When the best language is accepted, or none of the
    /// accepted ones is in the n-gram model, it is the lead over the runner-up.
    ///
    /// The accepted language, not the runner-up, because the rule asks "is this text in an
    /// accepted language?": Spanish that the model can hardly tell from Portuguese is still
    /// surely neither Dutch nor English.
    private func judge(_ scan: TextScan) -> (found: Identification, certainty: Double)? {
        guard scan.letters > 0 else { return nil }
        // Latin wins a tie, so that the n-gram model, which knows more, decides.
        var dominant = Script.latin
        for script in Script.allCases where scan.lettersByScript[script.rawValue] > scan.lettersByScript[dominant.rawValue] {
            dominant = script
        }
        guard dominant == .latin else {
            let share = Int(scan.lettersByScript[dominant.rawValue])
            let language = dominant.language(hasKana: scan.hasKana)
            let confidence = Double(2 * share - scan.letters) / Double(scan.letters)
            return (Identification(code: language.code, name: language.name, confidence: confidence), confidence)
        }
        guard scan.grams > 0 else { return nil }
        let totals = scan.logLikelihoods
        let lanes = model.codes.indices
        var best = lanes.lowerBound
        for lane in lanes where totals[lane] > totals[best] { best = lane }
        let runnerUp = lanes.lazy.filter { $0 != best }.map { totals[$0] }.max() ?? totals[best]
        let bestAccepted = acceptedLanes.lazy.map { totals[$0] }.max()
        // Nats per gram: the summed rows differ by whole quantisation steps.
        let scale = model.step / Double(scan.grams)
        let confidence = 1 - exp(-Double(totals[best] - runnerUp) * scale)
        let found = Identification(code: model.codes[best], name: model.names[best], confidence: confidence)
        guard let bestAccepted, !acceptedLanes.contains(best) else { return (found, confidence) }
        return (found, 1 - exp(-Double(totals[best] - bestAccepted) * scale))
    }
}
