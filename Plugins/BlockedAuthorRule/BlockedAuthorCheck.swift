import ModerationKit

/// Refuses (or holds) submissions from authors a moderator blocked.
///
/// Identifier `blocked-authors`, enabled by default: it finds nothing until a moderator blocks
/// someone (`POST /api/v1/authors` or the web UI's authors page), by email address, client
/// address or client network. The store answers ``RuleContext/authorStanding(of:)`` with one
/// indexed lookup; a blocked author gets one finding with score 0 and the forced action of
/// ``Options/action`` (default **reject**), reason `"blocked author: a moderator blocked this
/// author"`. The score is 0 because the forced action is the whole point: the block does not
/// depend on how the other rules scored the text.
///
/// ```swift
/// let rule = BlockedAuthorCheck(options: .init())
/// // A comment from a blocked address → "blocked author: …", score 0, forced reject
/// ```
public struct BlockedAuthorCheck: ModerationRule {
    /// `blocked-authors`, as sites name the rule in their configuration.
    public static let identifier = "blocked-authors"

    /// A one-line description for `stempel rules`.
    public static let summary = "Rejects (or holds) comments from authors a moderator blocked by email, address or network."

    /// The options the rule was built with.
    public let options: Options

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
    }

    /// Judges a submission by its author's standing; the body plays no part.
    ///
    /// - Returns: one finding for a blocked author, else none.
    /// - Throws: when the history cannot be read (the engine then holds the submission).
    public func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        guard try await context.authorStanding(of: submission) == .blocked else { return [] }
        return [Finding(score: 0, reason: "blocked author: a moderator blocked this author", action: options.action.forcedAction)]
    }
}
