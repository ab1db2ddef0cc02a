import Foundation

/// The read-only view of history a rule may consult while judging a submission.
///
/// A value that wraps the store's answers. Every question is `async` because it may read the
/// database; none of them can change anything.
public struct RuleContext: Sendable {
    /// The time the judgement is made; use it instead of reading the clock.
    public let now: Date
    private let history: any SubmissionHistory
    /// This judgement's answers: overlapping questions of several rules reach the store once.
    private let memo = HistoryMemo()

    /// Creates a context over a history.
    ///
    /// Make one per judgement: the context remembers the history's answers until it is dropped.
    public init(now: Date, history: any SubmissionHistory) {
        self.now = now
        self.history = history
    }

    /// How many comments by this author (matched by email, else by name) were approved.
    public func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        try await history.approvedCommentCount(by: author)
    }

    /// How many submissions matching `key` arrived in the `window` before ``now``, counting no
    /// further than `cap` when one is given.
    ///
    /// A rule that only compares the count with a limit should pass `cap` (limit + 1): counting
    /// stops there, so a flood does not make each of its own comments more expensive to judge.
    public func recentSubmissionCount(_ key: HistoryKey, within window: Duration, countingUpTo cap: Int? = nil) async throws -> Int {
        try await memo.recentSubmissionCount(key, since: now.addingTimeInterval(-window.seconds), upTo: cap) {
            try await history.recentSubmissionCount($0, since: $1, upTo: $2)
        }
    }

    /// Whether a submission with exactly this body (after trimming) was received before.
    public func hasSeenBody(_ body: String) async throws -> Bool {
        try await history.hasSeenBody(Self.trimmed(body))
    }

    /// The submissions matching `key` in the `window` before ``now``, newest first, at most `limit`.
    public func recentSubmissions(_ key: HistoryKey, within window: Duration, limit: Int = 200) async throws -> [PastSubmission] {
        try await memo.recentSubmissions(key, since: now.addingTimeInterval(-window.seconds), limit: limit) {
            try await history.recentSubmissions($0, since: $1, limit: $2)
        }
    }

    /// The column a submission is about, when the store has it.
    public func column(_ slug: String) async throws -> ColumnInfo? {
        try await history.column(slug: slug)
    }

    /// What moderators' decisions taught a learning rule about these features.
    ///
    /// See ``LearningRule``: the counts are those of `rule`'s own features.
    public func learnedCounts(rule: String, features: Set<String>) async throws -> LearnedCounts {
        try await history.learnedCounts(rule: rule, features: features)
    }

    /// Whether a moderator marked the submission's author trusted or blocked, by email address,
    /// client address or client network; blocked when marks disagree. See ``AuthorStanding``.
    ///
    /// Asked of the history once per judgement: a second rule asking about the same submission
    /// gets the first answer.
    public func authorStanding(of submission: Submission) async throws -> AuthorStanding {
        try await memo.authorStanding(of: submission) { try await history.authorStanding(of: $0) }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's work when
    /// nothing is to be trimmed: text that starts and ends with ASCII other than a space, a tab
    /// or a line break (the only ASCII in that set), as nearly every comment does.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80, !isSpace(first), !isSpace(last) else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

/// What identifies earlier submissions in ``RuleContext/recentSubmissionCount(_:within:)``.
public enum HistoryKey: Sendable, Hashable {
    /// The same author email (compared case-insensitively).
    case authorEmail(String)
    /// The same author name.
    case authorName(String)
    /// The same client address.
    case clientAddress(String)
    /// The same client network (see ``ClientNetwork``): `192.0.2.0/24`, `2001:db8:1::/48`.
    case clientNetwork(String)
    /// Every submission, whoever sent it.
    case anyone
}

/// The store's answers to the questions in ``RuleContext``.
///
/// Implemented by Stempel's storage, and by `ModerationKitTesting.RecordedHistory` in tests.
public protocol SubmissionHistory: Sendable {
    /// Approved comments by this author (matched by email, else by name).
    func approvedCommentCount(by author: Submission.Author) async throws -> Int
    /// Submissions matching `key` received at or after `since`; at most `cap` when one is given.
    func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int
    /// Whether this exact (trimmed) body was received before.
    func hasSeenBody(_ body: String) async throws -> Bool
    /// Submissions matching `key` received at or after `since`, newest first, at most `limit`.
    func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission]
    /// The column with this slug.
    func column(slug: String) async throws -> ColumnInfo?
    /// A learning rule's counts for these features.
    func learnedCounts(rule: String, features: Set<String>) async throws -> LearnedCounts
    /// How moderators marked the author (by email, client address or client network): blocked
    /// when any mark blocks, else trusted when any mark trusts, else unknown.
    func authorStanding(of submission: Submission) async throws -> AuthorStanding
}

extension SubmissionHistory {
    /// Every submission matching `key` received at or after `since`, uncapped.
    public func recentSubmissionCount(_ key: HistoryKey, since: Date) async throws -> Int {
        try await recentSubmissionCount(key, since: since, upTo: nil)
    }

    /// Default for histories that keep no bodies: none.
    public func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission] { [] }
    /// Default for histories without columns: unknown.
    public func column(slug: String) async throws -> ColumnInfo? { nil }
    /// Default for histories that never learned: nothing seen.
    public func learnedCounts(rule: String, features: Set<String>) async throws -> LearnedCounts { LearnedCounts() }
    /// Default for histories without marked authors: unknown.
    public func authorStanding(of submission: Submission) async throws -> AuthorStanding { .unknown }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    public var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
