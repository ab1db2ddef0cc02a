import ModerationKit

extension ColumnRelevance {
    /// How a site tunes the column-relevance rule. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   minimumSharedWords: 3
    ///   praiseScore: 4
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// A comment that shares at least this many words with its column (title, tags, text;
        /// stop words and generic praise words left out) is about the column; at least 1.
        /// Default `2`: one shared word is often chance.
        public var minimumSharedWords = 2

        /// The score of the finding for a comment about its column, finite and at most 0.
        /// Default `-1`: a small push towards approval.
        public var relevanceScore = -1.0

        /// The score of the finding for generic praise with a link and fewer than
        /// ``minimumSharedWords`` shared words, finite and at least 0. Default `3`: not enough
        /// to hold on its own under the default policy (hold at 5), but it adds up with a
        /// link rule or the spam classifier.
        public var praiseScore = 3.0

        /// Whether a website in the author's URL field counts as the link, as in comment spam
        /// that puts its link there ("Great post!" from "Cheap Loans"). Default `true`.
        public var countAuthorURL = true

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minimumSharedWords = try container.decode(.minimumSharedWords, default: minimumSharedWords, expecting: "a whole number of at least 1") {
                $0 >= 1
            }
            relevanceScore = try container.decode(.relevanceScore, default: relevanceScore, expecting: "a finite number of at most 0") {
                $0.isFinite && $0 <= 0
            }
            praiseScore = try container.decode(.praiseScore, default: praiseScore, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
            countAuthorURL = try container.decode(.countAuthorURL, default: countAuthorURL, expecting: "true or false") { _ in true }
        }

        private enum CodingKeys: String, CodingKey {
            case minimumSharedWords, relevanceScore, praiseScore, countAuthorURL
        }
    }
}
