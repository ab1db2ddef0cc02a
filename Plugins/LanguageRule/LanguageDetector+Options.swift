import ModerationKit

extension LanguageDetector {
    /// How a site tunes the language rule. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   accepted: [nl, en, de]
    ///   minimumLetters: 30
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// The languages a site publishes comments in, as ISO 639-1 codes from
        /// ``LanguageDetector/knownLanguages`` (`nl`, `en`, `de`, `fr`, `es`, `it`, `pt`, `id`,
        /// `tr`, `pl`, and `el`, `he`, `ja`, `ko`, `th`, `zh`, which are told by their script);
        /// at least one. Default `["nl", "en"]`.
        public var accepted = ["nl", "en"]

        /// Texts with fewer letters than this are never a finding, because a few words say too
        /// little about their language ("Top!", "Merci"); at least 0. Letters in web and e-mail
        /// addresses do not count. Default `20`.
        public var minimumLetters = 20

        /// How sure the rule must be that a text is not in an accepted language, from 0 (any
        /// lead) to below 1: how far its most likely language leads the most likely accepted
        /// one, on the scale of ``LanguageDetector/Identification/confidence``. A text that
        /// mixes an accepted language with another, or that the rule is unsure about, stays
        /// below it and is no finding. Default `0.2`: on fragments of 20 to 40 letters of the
        /// held-out sentences, no wrong language led by that much.
        public var minimumConfidence = 0.2

        /// The score of the finding, finite and at least 0. Default `5`: enough to hold on its
        /// own under the default policy (hold at 5, reject at 10), so a moderator decides.
        public var score = 5.0

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            accepted = try container.decode(
                .accepted,
                default: accepted,
                expecting: "a non-empty list of language codes among \(LanguageDetector.knownLanguages.joined(separator: ", "))"
            ) { !$0.isEmpty && $0.allSatisfy(LanguageDetector.knownLanguages.contains) }
            minimumLetters = try container.decode(.minimumLetters, default: minimumLetters, expecting: "a whole number of at least 0") {
                $0 >= 0
            }
            minimumConfidence = try container.decode(.minimumConfidence, default: minimumConfidence, expecting: "a number from 0 to below 1") {
                $0 >= 0 && $0 < 1
            }
            score = try container.decode(.score, default: score, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
        }

        private enum CodingKeys: String, CodingKey {
            case accepted, minimumLetters, minimumConfidence, score
        }
    }
}
