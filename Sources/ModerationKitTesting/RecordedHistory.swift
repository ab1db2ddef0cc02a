import Foundation
import ModerationKit

/// An in-memory ``SubmissionHistory`` for testing rules without a database.
///
/// Record earlier submissions (and which of them were approved), then judge a new submission in
/// ``context(now:)``:
///
/// ```swift
/// var history = RecordedHistory()
/// history.record(.sample(body: "Eerder bericht"), approved: true)
/// let findings = try await rule.evaluate(.sample(body: "Nieuw"), in: history.context())
/// ```
public struct RecordedHistory: SubmissionHistory {
    private var entries: [(submission: Submission, approved: Bool)] = []
    private var columns: [String: ColumnInfo] = [:]
    private var learned: [String: LearnedCounts] = [:]
    private var marks: [(key: HistoryKey, standing: AuthorStanding)] = []

    /// Creates an empty history.
    public init() {}

    /// Adds an earlier submission.
    public mutating func record(_ submission: Submission, approved: Bool = false) {
        entries.append((submission, approved))
    }

    /// Adds a column that rules may look up.
    public mutating func record(_ column: ColumnInfo) {
        columns[column.slug] = column
    }

    /// Teaches a learning rule one labelled example, as a moderator's decision would.
    public mutating func learn<Rule: LearningRule>(_ rule: Rule, from submission: Submission, as label: TrainingLabel) {
        var counts = learned[Rule.identifier] ?? LearnedCounts()
        switch label {
        case .spam: counts.spamExamples += 1
        case .ham: counts.hamExamples += 1
        }
        for feature in rule.features(of: submission) {
            var count = counts.features[feature] ?? .init(spam: 0, ham: 0)
            switch label {
            case .spam: count.spam += 1
            case .ham: count.ham += 1
            }
            counts.features[feature] = count
        }
        learned[Rule.identifier] = counts
    }

    /// Marks an author as a moderator would: `key` is `.authorEmail`, `.clientAddress` or
    /// `.clientNetwork` (other keys mark nobody).
    ///
    /// ```swift
    /// history.mark(.authorEmail("anna@example.org"), as: .trusted)
    /// history.mark(.clientNetwork("203.0.113.0/24"), as: .blocked)
    /// ```
    public mutating func mark(_ key: HistoryKey, as standing: AuthorStanding) {
        marks.append((key, standing))
    }

    /// A context that answers from this history, judging at `now`.
    public func context(now: Date = Date()) -> RuleContext {
        RuleContext(now: now, history: self)
    }

    public func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        entries.filter { $0.approved && Self.sameAuthor($0.submission.author, author) }.count
    }

    public func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int {
        min(matching(key, since: since).count, cap ?? .max)
    }

    public func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission] {
        matching(key, since: since)
            .sorted { $0.receivedAt > $1.receivedAt }
            .prefix(limit)
            .map { PastSubmission(body: $0.body, column: $0.column, author: $0.author, receivedAt: $0.receivedAt) }
    }

    public func column(slug: String) async throws -> ColumnInfo? {
        columns[slug]
    }

    public func learnedCounts(rule: String, features: Set<String>) async throws -> LearnedCounts {
        guard var counts = learned[rule] else { return LearnedCounts() }
        counts.features = counts.features.filter { features.contains($0.key) }
        return counts
    }

    public func authorStanding(of submission: Submission) async throws -> AuthorStanding {
        let found = marks.filter { mark in
            switch mark.key {
            case .authorEmail(let email):
                let given = submission.author.email?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                return given != nil && given == email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            case .clientAddress(let address):
                return submission.clientAddress == address
            case .clientNetwork(let network):
                return submission.clientAddress.flatMap { ClientNetwork.of($0) } == network
            case .authorName, .anyone:
                return false
            }
        }.map(\.standing)
        if found.contains(.blocked) { return .blocked }
        return found.contains(.trusted) ? .trusted : .unknown
    }

    private func matching(_ key: HistoryKey, since: Date) -> [Submission] {
        entries.map(\.submission).filter { submission in
            guard submission.receivedAt >= since else { return false }
            switch key {
            case .authorEmail(let email):
                return submission.author.email?.lowercased() == email.lowercased()
            case .authorName(let name):
                return submission.author.name == name
            case .clientAddress(let address):
                return submission.clientAddress == address
            case .clientNetwork(let network):
                return submission.clientAddress.flatMap { ClientNetwork.of($0) } == network
            case .anyone:
                return true
            }
        }
    }

    public func hasSeenBody(_ body: String) async throws -> Bool {
        entries.contains { $0.submission.body.trimmingCharacters(in: .whitespacesAndNewlines) == body }
    }

    private static func sameAuthor(_ lhs: Submission.Author, _ rhs: Submission.Author) -> Bool {
        if let left = lhs.email, let right = rhs.email { return left.lowercased() == right.lowercased() }
        return lhs.name == rhs.name
    }
}
