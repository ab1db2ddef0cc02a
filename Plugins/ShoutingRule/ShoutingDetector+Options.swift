import ModerationKit

extension ShoutingDetector {
    /// How a site tunes the shouting detector. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   capitalShare: 0.8
    ///   minimumLetters: 20
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// The share of cased letters that must be capitals for the text to count as shouting,
        /// above 0 and at most 1. Default `0.7`.
        public var capitalShare = 0.7

        /// Texts with fewer cased letters than this are never shouting, so "OK" or "NS" is
        /// fine; at least 0. Default `12`.
        public var minimumLetters = 12

        /// A run of this many `!` or more is a finding on its own; at least 2, since a single
        /// `!` is ordinary punctuation. Default `3`.
        public var exclamationRun = 3

        /// The score of the finding, finite and at least 0. Default `5`: enough to hold on its
        /// own under the default policy (hold at 5, reject at 10).
        public var score = 5.0

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            capitalShare = try container.decode(.capitalShare, default: capitalShare, expecting: "a number above 0 and at most 1") {
                $0 > 0 && $0 <= 1
            }
            minimumLetters = try container.decode(.minimumLetters, default: minimumLetters, expecting: "a whole number of at least 0") {
                $0 >= 0
            }
            exclamationRun = try container.decode(.exclamationRun, default: exclamationRun, expecting: "a whole number of at least 2") {
                $0 >= 2
            }
            score = try container.decode(.score, default: score, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
        }

        private enum CodingKeys: String, CodingKey {
            case capitalShare, minimumLetters, exclamationRun, score
        }
    }
}
