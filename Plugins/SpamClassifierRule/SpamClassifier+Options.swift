import ModerationKit

extension SpamClassifier {
    /// How a site tunes the spam classifier. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. The thresholds must keep their order,
    /// `hamThreshold < spamThreshold ≤ certainSpamThreshold`. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   minimumExamples: 500
    ///   spamThreshold: 0.95
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// The classifier stays silent until moderators have taught it at least this many spam
        /// examples and this many ham examples, since a few dozen examples make a guesser, not a
        /// classifier; at least 1. Default `200`, as SpamAssassin waits for 200 of each.
        public var minimumExamples = 200

        /// A spam probability at or above this is a finding scored ``spamScore``; above 0 and at
        /// most 1. Default `0.75`: below SpamBayes's 0.9 because a held comment only costs a
        /// moderator a look, and on the UCI YouTube collection it lets the default rule set hold
        /// 95% of spam while approving 91% of ham (docs/performance.md).
        public var spamThreshold = 0.75

        /// A spam probability at or above this is a finding scored ``certainSpamScore`` instead;
        /// from ``spamThreshold`` to 1. Default `0.99`.
        public var certainSpamThreshold = 0.99

        /// A spam probability at or below this is a finding scored ``hamScore``, which counts for
        /// the comment; from 0 to below ``spamThreshold``. Default `0.2`.
        public var hamThreshold = 0.2

        /// The score of a spam finding, finite and at least 0. Default `6`: holds on its own
        /// under the default policy (hold at 5, reject at 10), so a moderator decides.
        public var spamScore = 6.0

        /// The score of a certain-spam finding, finite and at least 0. Default `10`: rejects on
        /// its own under the default policy.
        public var certainSpamScore = 10.0

        /// The score of a ham finding, finite and at most 0. Default `-1`: a small push towards
        /// approval that cannot outweigh another rule's hold.
        public var hamScore = -1.0

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minimumExamples = try container.decode(.minimumExamples, default: minimumExamples, expecting: "a whole number of at least 1") {
                $0 >= 1
            }
            spamThreshold = try container.decode(.spamThreshold, default: spamThreshold, expecting: "a number above 0 and at most 1") {
                $0 > 0 && $0 <= 1
            }
            certainSpamThreshold = try container.decode(
                .certainSpamThreshold,
                default: certainSpamThreshold,
                expecting: "a number from 0 to 1"
            ) { $0 >= 0 && $0 <= 1 }
            hamThreshold = try container.decode(.hamThreshold, default: hamThreshold, expecting: "a number from 0 to 1") {
                $0 >= 0 && $0 <= 1
            }
            spamScore = try container.decode(.spamScore, default: spamScore, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
            certainSpamScore = try container.decode(.certainSpamScore, default: certainSpamScore, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
            hamScore = try container.decode(.hamScore, default: hamScore, expecting: "a finite number of at most 0") {
                $0.isFinite && $0 <= 0
            }
            try checkOrder(in: container)
        }

        /// Throws unless `hamThreshold < spamThreshold ≤ certainSpamThreshold`, naming the key
        /// the site set: raising `spamThreshold` to 0.995 alone is refused for `spamThreshold`.
        private func checkOrder(in container: KeyedDecodingContainer<CodingKeys>) throws {
            if certainSpamThreshold < spamThreshold {
                let key: CodingKeys = container.contains(.certainSpamThreshold) ? .certainSpamThreshold : .spamThreshold
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: container,
                    debugDescription: "expected spamThreshold (\(spamThreshold)) at most certainSpamThreshold (\(certainSpamThreshold))"
                )
            }
            if hamThreshold >= spamThreshold {
                let key: CodingKeys = container.contains(.hamThreshold) ? .hamThreshold : .spamThreshold
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: container,
                    debugDescription: "expected hamThreshold (\(hamThreshold)) below spamThreshold (\(spamThreshold))"
                )
            }
        }

        private enum CodingKeys: String, CodingKey {
            case minimumExamples, spamThreshold, certainSpamThreshold, hamThreshold, spamScore, certainSpamScore, hamScore
        }
    }
}
