import Moderation
import ModerationKit

/// What a moderator decides about a submission.
public enum ModeratorAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Publish it.
    case approve
    /// Refuse it.
    case reject
    /// Refuse it as spam, and teach the learning rules that it is spam.
    case spam
    /// Publish it, and teach the learning rules that it is wanted.
    case ham

    /// The status the submission gets.
    public var status: ModerationStatus {
        switch self {
        case .approve, .ham: .approved
        case .reject, .spam: .rejected
        }
    }

    /// What learning rules learn from it: approvals are ham, spam is spam, a plain reject teaches
    /// nothing (a rude comment is not spam).
    public var trainingLabel: TrainingLabel? {
        switch self {
        case .approve, .ham: .ham
        case .spam: .spam
        case .reject: nil
        }
    }
}
