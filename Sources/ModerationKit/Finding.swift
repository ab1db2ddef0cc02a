/// What a rule found in a submission: a score, a reason, and optionally a forced action.
///
/// Scores add up across rules (after each rule's configured weight); the policy turns the total
/// into a status. A positive score counts against the submission, a negative one for it.
public struct Finding: Sendable, Hashable, Codable {
    /// How much this finding counts against the submission (negative counts for it).
    public var score: Double
    /// A short reason in plain words, shown to moderators (`"82% of the letters are capitals"`).
    public var reason: String
    /// An action that overrides the score total, if the rule is sure.
    public var action: ForcedAction?

    /// Creates a finding.
    public init(score: Double, reason: String, action: ForcedAction? = nil) {
        self.score = score
        self.reason = reason
        self.action = action
    }
}

/// An action a rule may force regardless of the total score.
///
/// When findings disagree the strictest wins: `reject` over `hold` over `approve`.
public enum ForcedAction: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Publish the submission.
    case approve
    /// Keep it for a moderator.
    case hold
    /// Refuse it.
    case reject

    /// Orders actions by strictness: approve < hold < reject.
    public static func < (lhs: ForcedAction, rhs: ForcedAction) -> Bool {
        lhs.strictness < rhs.strictness
    }

    private var strictness: Int {
        switch self {
        case .approve: 0
        case .hold: 1
        case .reject: 2
        }
    }
}
