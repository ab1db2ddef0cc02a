/// A moderation rule: looks at one submission and reports what it finds.
///
/// A rule module in `Plugins/` conforms one type to this protocol. Stempel builds it once per
/// site from its configured ``Options``, then calls ``evaluate(_:in:)`` for every submission,
/// after the other rules of that submission (one task runs them in order, each under its own
/// deadline) and concurrently with other submissions.
///
/// ## Implementation requirements
///
/// - **No shared mutable state.** A rule is a `Sendable` value; it may be evaluated for many
///   submissions at once. Keep what you learn in the store through ``RuleContext``, never in
///   globals or class instances.
/// - **Deterministic.** The same submission in the same context yields the same findings. Use
///   ``Submission/receivedAt`` or ``RuleContext/now`` rather than reading the clock.
/// - **Bounded time.** Return well within the configured deadline (100 ms by default). A rule
///   that runs out of time, or throws, makes the submission *held* and is logged by its
///   ``identifier``: a failing rule never lets a comment through.
/// - **Explain yourself.** Every ``Finding`` carries a short reason a moderator can read.
///   Return no findings when nothing is wrong.
///
/// ```swift
/// struct NoMondays: ModerationRule {
///     static let identifier = "no-mondays"
///     struct Options: RuleOptions { var score = 3.0 }
///     let options: Options
///     init(options: Options) { self.options = options }
///     func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
///         submission.body.contains("maandag") ? [Finding(score: options.score, reason: "mentions Monday")] : []
///     }
/// }
/// ```
public protocol ModerationRule: Sendable {
    /// The options a site sets for this rule in its configuration.
    associatedtype Options: RuleOptions

    /// A stable identifier, lowercase with dashes (`shouting`, `link-limit`). Configuration,
    /// logs and stored findings refer to the rule by it, so it never changes once released.
    static var identifier: String { get }

    /// A one-line description shown in `stempel rules` and the documentation.
    static var summary: String { get }

    /// Creates the rule with a site's options.
    init(options: Options)

    /// Judges one submission.
    ///
    /// - Returns: the findings, empty when the rule has nothing to say.
    /// - Throws: any error; the engine then holds the submission and logs the rule.
    func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding]
}

/// Options for a ``ModerationRule``, decoded from a site's configuration.
///
/// Every option needs a default so that a rule works when it is enabled with no options at all;
/// ``init()`` gives those defaults. Decode missing keys as their defaults with
/// `decodeIfPresent`, and throw a `DecodingError` for a value that makes no sense: the
/// configuration loader reports it with the rule and the key.
public protocol RuleOptions: Codable, Sendable {
    /// The options with every default.
    init()
}

/// Options for a rule that has none.
public struct NoOptions: RuleOptions {
    /// Creates the empty options.
    public init() {}
}
