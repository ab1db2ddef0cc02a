import ModerationKit

extension DuplicateDetector {
    /// How a site tunes the duplicate detector. Every option has a default, so `{}` is valid.
    ///
    /// Windows are written `"90s"`, `"10m"`, `"1h"`, `"2d"` or as whole seconds, from 0 (which
    /// turns that comparison off) to 30 days.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   similarity: 0.9
    ///   window: 48h
    ///   crossColumnWindow: 3h
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// How alike two comments must be to count as duplicates: the share of their three-word
        /// sequences they have in common (Jaccard similarity), above 0 and at most 1; `1` finds
        /// only the same words in the same order. Default `0.8`.
        public var similarity = 0.8

        /// Comments with fewer words than this are never duplicates ("Mooi!", "Dank je wel"),
        /// since many readers write them; at least 1. Default `4`.
        public var minimumWords = 4

        /// How far back to look for comments by the same author (email address) or from the same
        /// client network. Default 24 hours (`"24h"`).
        public var window: Duration = .seconds(86_400)

        /// How far back to look for the same comment by anyone on another column: copy-paste
        /// spam across columns. Default 1 hour (`"1h"`).
        public var crossColumnWindow: Duration = .seconds(3_600)

        /// At most this many earlier comments are compared per question (same author, same
        /// network, other columns), newest first; from 1 to 1000. Default `50`: keeps a busy hour
        /// within the time budget.
        public var maximumCompared = 50

        /// The score of a duplicate, finite and above 0. Default `5`: holds on its own.
        public var score = 5.0

        /// The score of a comment with exactly the text of any earlier comment, however old and
        /// whoever wrote it (bots copy old comments to look genuine); finite and at least 0, `0`
        /// turns it off. Default `2`: not enough to hold on its own.
        public var earlierCopyScore = 2.0

        /// Exact copies of older comments count only from this many words, since short
        /// comments are alike by chance; at least 1. Default `12`.
        public var earlierCopyMinimumWords = 12

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let window = "a length of time such as \"30m\", \"1h\" or \"24h\" (or whole seconds), from 0 to 30 days"
            similarity = try container.decode(.similarity, default: similarity, expecting: "a number above 0 and at most 1") { $0 > 0 && $0 <= 1 }
            minimumWords = try container.decode(.minimumWords, default: minimumWords, expecting: "a whole number of at least 1") { $0 >= 1 }
            self.window = try container.decode(.window, default: TimeWindow(self.window), expecting: window, where: Self.isWindow).duration
            let crossColumn = TimeWindow(crossColumnWindow)
            crossColumnWindow = try container.decode(.crossColumnWindow, default: crossColumn, expecting: window, where: Self.isWindow).duration
            maximumCompared = try container.decode(.maximumCompared, default: maximumCompared, expecting: "a whole number from 1 to 1000") {
                (1...1000).contains($0)
            }
            score = try container.decode(.score, default: score, expecting: "a finite number above 0") { $0.isFinite && $0 > 0 }
            earlierCopyScore = try container.decode(.earlierCopyScore, default: earlierCopyScore, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
            earlierCopyMinimumWords = try container.decode(
                .earlierCopyMinimumWords,
                default: earlierCopyMinimumWords,
                expecting: "a whole number of at least 1"
            ) { $0 >= 1 }
        }

        /// Encodes every option, windows as text (`"24h"`), so that configuration can be written back.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(similarity, forKey: .similarity)
            try container.encode(minimumWords, forKey: .minimumWords)
            try container.encode(TimeWindow(window), forKey: .window)
            try container.encode(TimeWindow(crossColumnWindow), forKey: .crossColumnWindow)
            try container.encode(maximumCompared, forKey: .maximumCompared)
            try container.encode(score, forKey: .score)
            try container.encode(earlierCopyScore, forKey: .earlierCopyScore)
            try container.encode(earlierCopyMinimumWords, forKey: .earlierCopyMinimumWords)
        }

        private static func isWindow(_ window: TimeWindow) -> Bool {
            window.duration >= .zero && window.duration <= .seconds(30 * 86_400)
        }

        private enum CodingKeys: String, CodingKey {
            case similarity, minimumWords, window, crossColumnWindow, maximumCompared, score, earlierCopyScore, earlierCopyMinimumWords
        }
    }
}
