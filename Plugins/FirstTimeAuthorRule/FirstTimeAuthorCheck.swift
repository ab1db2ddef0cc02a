import ModerationKit

/// Holds comments from authors without an approved comment, and speaks up for trusted authors.
///
/// Identifier `first-time-author`. **Opt-in**: Stempel registers it disabled, so a site turns it
/// on with `enabled: true` under `rules.first-time-author`. Enabled, it holds every first comment
/// by design, which is why it is not on by default.
///
/// The author's approved comments are counted by the store, matched by email address (compared
/// without regard to case) or, when the submission has no email, by name:
///
/// - fewer than ``Options/minimumApproved`` (default 1): one finding with score 0 and a forced
///   **hold**, as WordPress's "comment author must have a previously approved comment". The
///   score is 0 because being new is no offence: the hold is the point, and a new author's
///   comment should never be pushed towards rejection by it;
/// - at least ``Options/trustedAfter`` (default 3): one finding scored ``Options/trustedScore``
///   (default -2), reason `"trusted author: 7 approved comments"`. Only for authors who gave an
///   email address: anyone can type a popular name, so a name alone earns no trust;
/// - in between: no finding.
///
/// An author a moderator marked **trusted** (``RuleContext/authorStanding(of:)``, by email
/// address, client address or network) skips the hold whatever the count, and gets the trusted
/// score with the reason `"trusted author: marked trusted by a moderator"`. Blocked authors are
/// the `blocked-authors` rule's business: here they count as anyone else.
///
/// ```swift
/// let rule = FirstTimeAuthorCheck(options: .init())
/// // A first comment → "new author: no approved comments yet", score 0, forced hold
/// ```
public struct FirstTimeAuthorCheck: ModerationRule {
    /// `first-time-author`, as sites name the rule in their configuration.
    public static let identifier = "first-time-author"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds comments from authors without an approved comment (opt-in); trusted authors score lower."

    /// The options the rule was built with.
    public let options: Options

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
    }

    /// Judges a submission by its author's approved comments; the body plays no part.
    ///
    /// At most two history questions: the author's standing (one indexed lookup), then, unless
    /// a moderator trusts the author, the approved count when a finding is possible.
    ///
    /// - Returns: at most one finding: the forced hold, or the trusted score.
    /// - Throws: when the history cannot be read.
    public func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        if try await context.authorStanding(of: submission) == .trusted {
            guard options.trustedScore < 0 else { return [] }
            return [Finding(score: options.trustedScore, reason: "trusted author: marked trusted by a moderator")]
        }
        let trustPossible = options.trustedScore < 0 && hasEmail(submission.author)
        guard options.minimumApproved > 0 || trustPossible else { return [] }
        let approved = try await context.approvedCommentCount(by: submission.author)
        if approved < options.minimumApproved {
            return [Finding(score: 0, reason: newAuthorReason(approved: approved), action: .hold)]
        }
        if trustPossible, approved >= options.trustedAfter {
            return [Finding(score: options.trustedScore, reason: "trusted author: \(approvedComments(approved))")]
        }
        return []
    }

    private func newAuthorReason(approved: Int) -> String {
        guard approved > 0 else { return "new author: no approved comments yet" }
        return "new author: \(approvedComments(approved)) (at least \(options.minimumApproved) needed)"
    }

    private func approvedComments(_ count: Int) -> String {
        count == 1 ? "1 approved comment" : "\(count) approved comments"
    }

    private func hasEmail(_ author: Submission.Author) -> Bool {
        guard let email = author.email else { return false }
        return email.contains { !$0.isWhitespace }
    }
}
