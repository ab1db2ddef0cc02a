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

    /// Creates an empty history.
    public init() {}

    /// Adds an earlier submission.
    public mutating func record(_ submission: Submission, approved: Bool = false) {
        entries.append((submission, approved))
    }

    /// A context that answers from this history, judging at `now`.
    public func context(now: Date = Date()) -> RuleContext {
        RuleContext(now: now, history: self)
    }

    public func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        entries.filter { $0.approved && Self.sameAuthor($0.submission.author, author) }.count
    }

    public func recentSubmissionCount(_ key: HistoryKey, since: Date) async throws -> Int {
        entries.filter { entry in
            guard entry.submission.receivedAt >= since else { return false }
            switch key {
            case .authorEmail(let email):
                return entry.submission.author.email?.lowercased() == email.lowercased()
            case .authorName(let name):
                return entry.submission.author.name == name
            case .clientAddress(let address):
                return entry.submission.clientAddress == address
            }
        }.count
    }

    public func hasSeenBody(_ body: String) async throws -> Bool {
        entries.contains { $0.submission.body.trimmingCharacters(in: .whitespacesAndNewlines) == body }
    }

    private static func sameAuthor(_ lhs: Submission.Author, _ rhs: Submission.Author) -> Bool {
        if let left = lhs.email, let right = rhs.email { return left.lowercased() == right.lowercased() }
        return lhs.name == rhs.name
    }
}
