/// What moderators decided about the author of a submission: trusted, blocked, or nothing.
///
/// A moderator marks an author by email address (kept only as a hash), by client address or by
/// client network (``ClientNetwork``). ``RuleContext/authorStanding(of:)`` answers for a
/// submission. When marks disagree (a trusted email address from a blocked network), the author
/// is ``blocked``: an email address is whatever the sender typed, so trust must never outrank a
/// block.
///
/// ```swift
/// if try await context.authorStanding(of: submission) == .blocked {
///     return [Finding(score: 0, reason: "blocked author", action: .reject)]
/// }
/// ```
public enum AuthorStanding: String, Sendable, Hashable, Codable, CaseIterable {
    /// A moderator vouched for the author.
    case trusted
    /// A moderator blocked the author.
    case blocked
    /// No moderator marked the author.
    case unknown
}
