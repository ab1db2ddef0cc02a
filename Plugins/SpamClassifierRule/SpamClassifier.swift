import ModerationKit

/// Learns spam from moderators' decisions and scores comments by their spam probability.
///
/// Identifier `spam-classifier`. A `LearningRule`: Stempel counts, per label, the
/// ``features(of:)`` of every comment a moderator marks as spam or ham, and the classifier
/// reads the counts of a new comment's features back from the store. The probability is Robinson's and Fisher's, as in
/// SpamBayes: each feature's spam probability, adjusted for how often it was seen, combined
/// with a chi-square test over the strongest clues.
///
/// Features: lowercased, accent-folded words of 2 to 24 characters, pairs of consecutive words,
/// `host:` plus each link's host (body and author URL), and a few `meta:` features (a link, an
/// e-mail address, an author URL, a long number, the share of capitals, the number of words).
///
/// Silent, whatever it is asked, until it has learned at least ``Options/minimumExamples``
/// (default 200) spam **and** ham examples. Then one finding at most:
///
/// - probability ≥ ``Options/certainSpamThreshold`` (0.99): scored ``Options/certainSpamScore``
///   (10, rejects);
/// - probability ≥ ``Options/spamThreshold`` (0.75): scored ``Options/spamScore`` (6, holds);
/// - probability ≤ ``Options/hamThreshold`` (0.2): scored ``Options/hamScore`` (−1).
///
/// The reason names the probability and the three strongest clues in its direction:
/// `"spam probability 0.97 (gratis, host:cheap.example, check out)"`.
///
/// ```swift
/// var history = RecordedHistory()
/// history.learn(classifier, from: submission, as: .spam)
/// ```
public struct SpamClassifier: LearningRule {
    /// `spam-classifier`, as sites name the rule in their configuration.
    public static let identifier = "spam-classifier"

    /// A one-line description for `stempel rules`.
    public static let summary = "Scores comments by a spam probability learned from moderators' decisions (naive Bayes)."

    /// Clues named in a finding's reason.
    static let cluesInReason = 3

    /// The options the rule was built with.
    public let options: Options

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
    }

    /// The features of a submission: what is counted when it is learned, and looked up when it
    /// is judged. Deterministic: depends only on the body and the author's URL.
    public func features(of submission: Submission) -> Set<String> {
        FeatureExtractor(body: submission.body, authorURL: submission.author.url).features
    }

    /// Judges a submission by what the store has learned about its features.
    ///
    /// - Returns: no finding until enough has been learned, or when the probability is between
    ///   the thresholds; otherwise one.
    /// - Throws: what the store throws.
    public func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        let counts = try await context.learnedCounts(rule: Self.identifier, features: features(of: submission))
        guard counts.spamExamples >= options.minimumExamples, counts.hamExamples >= options.minimumExamples else { return [] }
        let verdict = SpamVerdict(counts: counts)
        let probability = verdict.probability
        let score: Double
        if probability >= options.certainSpamThreshold {
            score = options.certainSpamScore
        } else if probability >= options.spamThreshold {
            score = options.spamScore
        } else if probability <= options.hamThreshold {
            score = options.hamScore
        } else {
            return []
        }
        let isSpam = probability >= options.spamThreshold
        let named = verdict.clues.filter { ($0.probability > 0.5) == isSpam }.prefix(Self.cluesInReason).map(\.feature)
        let clues = named.isEmpty ? "" : " (\(named.joined(separator: ", ")))"
        return [Finding(score: score, reason: "spam probability \(Self.formatted(probability))\(clues)")]
    }

    /// Two decimals, rounded down, so that 0.899 never reads as the 0.90 it did not reach.
    static func formatted(_ probability: Double) -> String {
        // The epsilon keeps 0.29 (28.999… hundredths in binary) from reading as 0.28.
        let hundredths = min(100, max(0, Int((probability * 100 + 1e-9).rounded(.down))))
        let digits = hundredths < 10 ? "0\(hundredths)" : "\(hundredths)"
        return hundredths == 100 ? "1.00" : "0.\(digits)"
    }
}
