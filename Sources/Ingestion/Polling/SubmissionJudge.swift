import Foundation
import Moderation
import ModerationKit

/// Judges a submission with the site's current rules: the same engine (and history) the comment
/// API uses, so a comment from a feed meets the rules a posted one meets.
public typealias SubmissionJudge = @Sendable (Submission) async -> Verdict
