import ModerationKit

extension FirstTimeAuthorCheck {
    /// How a site tunes the first-time author check. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   minimumApproved: 1
    ///   trustedAfter: 5
    ///   trustedScore: -3
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// Authors with fewer approved comments than this are held; at least 0. Default `1`:
        /// hold until a moderator has approved one comment, as WordPress's "comment author must
        /// have a previously approved comment". `0` never holds.
        public var minimumApproved = 1

        /// Authors with at least this many approved comments are trusted; at least 1.
        /// Default `3`.
        public var trustedAfter = 3

        /// The score given to a trusted author, finite and at most 0 (it counts for the
        /// comment). Default `-2`: offsets a mild finding of another rule, never a hold of 5.
        /// `0` gives trusted authors no finding.
        public var trustedScore = -2.0

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minimumApproved = try container.decode(.minimumApproved, default: minimumApproved, expecting: "a whole number of at least 0") {
                $0 >= 0
            }
            trustedAfter = try container.decode(.trustedAfter, default: trustedAfter, expecting: "a whole number of at least 1") {
                $0 >= 1
            }
            trustedScore = try container.decode(.trustedScore, default: trustedScore, expecting: "a finite number of at most 0") {
                $0.isFinite && $0 <= 0
            }
        }

        private enum CodingKeys: String, CodingKey {
            case minimumApproved, trustedAfter, trustedScore
        }
    }
}
