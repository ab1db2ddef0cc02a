/// A rule that learns from moderators' decisions, such as a spam classifier.
///
/// Stempel keeps the learning in its store, not in the rule (rules hold no mutable state): when a
/// moderator marks a submission as spam or ham, or `stempel train` reads labelled examples, Stempel
/// asks the rule for the submission's ``features(of:)`` and adds one to each feature's count for
/// that label. While judging, the rule reads the counts back with
/// ``RuleContext/learnedCounts(rule:features:)`` and decides from them.
///
/// `features(of:)` must be deterministic: the same submission always yields the same features,
/// or what was learned no longer matches what is asked.
public protocol LearningRule: ModerationRule {
    /// The features to learn from (and look up for) a submission: tokens, bigrams, link hosts…
    func features(of submission: Submission) -> Set<String>
}

/// Whether a labelled example is spam or ham (wanted).
public enum TrainingLabel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unwanted: rejected as spam.
    case spam
    /// Wanted: approved.
    case ham
}

/// What a learning rule was taught: how many spam and ham examples it saw, in all and per feature.
public struct LearnedCounts: Sendable, Hashable {
    /// The spam examples learned.
    public var spamExamples: Int
    /// The ham examples learned.
    public var hamExamples: Int
    /// Per feature asked for: how many spam and ham examples had it. Unseen features are absent.
    public var features: [String: FeatureCount]

    /// Creates counts; nothing learned by default.
    public init(spamExamples: Int = 0, hamExamples: Int = 0, features: [String: FeatureCount] = [:]) {
        self.spamExamples = spamExamples
        self.hamExamples = hamExamples
        self.features = features
    }

    /// One feature's counts.
    public struct FeatureCount: Sendable, Hashable {
        /// Spam examples that had the feature.
        public var spam: Int
        /// Ham examples that had the feature.
        public var ham: Int

        /// Creates a count.
        public init(spam: Int, ham: Int) {
            self.spam = spam
            self.ham = ham
        }
    }
}
