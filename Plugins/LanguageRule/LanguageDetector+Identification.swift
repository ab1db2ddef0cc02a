extension LanguageDetector {
    /// The language the rule takes a text to be in, and how sure it is.
    ///
    /// ```swift
    /// LanguageDetector(options: .init()).identify("Das ist wirklich ein schöner Artikel, danke!")
    /// // Identification(code: "de", name: "German", confidence: 0.40)
    /// ```
    public struct Identification: Sendable, Hashable {
        /// The ISO 639-1 code (`de`), or nil for text in a script that many languages share
        /// (Cyrillic, Arabic, Devanagari) or that the rule does not know.
        public var code: String?

        /// The English name as a finding's reason gives it: `German`, `Cyrillic script`.
        public var name: String

        /// How far the language leads the runner-up, from 0 to below 1.
        ///
        /// For text in Latin letters: `1 − e^(−r)`, where `r` is the naive Bayes log-likelihood
        /// ratio of the best over the second-best language, averaged per n-gram (in nats). On the
        /// held-out sentences, right answers had a median of about 0.4 and never fell below 0.1;
        /// a mix of two languages scores near 0. For text in another script: the share of its
        /// letters in that script minus the share in all others.
        public var confidence: Double

        /// Creates an identification.
        public init(code: String?, name: String, confidence: Double) {
            self.code = code
            self.name = name
            self.confidence = confidence
        }
    }
}
