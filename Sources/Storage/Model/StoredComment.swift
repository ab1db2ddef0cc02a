import Foundation
import Moderation
import ModerationKit

/// A comment as stored, with the verdict the rules gave it.
public struct StoredComment: Sendable, Hashable {
    /// The public, unguessable id (a lowercase UUID).
    public var id: String
    /// The slug of the column it is on.
    public var columnSlug: String
    /// What the reader submitted.
    public var submission: Submission
    /// The current status.
    public var status: ModerationStatus
    /// The rules' total score.
    public var totalScore: Double
    /// Every finding, for moderators; never public.
    public var findings: [RuleFinding]
    /// How each rule ran.
    public var runs: [RuleRun]
    /// When it was received.
    public var createdAt: Date
    /// When its status last changed.
    public var updatedAt: Date

    /// Creates a stored comment.
    public init(
        id: String,
        columnSlug: String,
        submission: Submission,
        status: ModerationStatus,
        totalScore: Double,
        findings: [RuleFinding],
        runs: [RuleRun],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.columnSlug = columnSlug
        self.submission = submission
        self.status = status
        self.totalScore = totalScore
        self.findings = findings
        self.runs = runs
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// A new comment from a judged submission, with a fresh id (``CommentID``) unless one is given.
    public init(judged submission: Submission, verdict: Verdict, id: String? = nil) {
        self.init(
            id: id ?? CommentID.make(at: submission.receivedAt),
            columnSlug: submission.column,
            submission: submission,
            status: verdict.status,
            totalScore: verdict.totalScore,
            findings: verdict.findings,
            runs: verdict.runs,
            createdAt: submission.receivedAt,
            updatedAt: submission.receivedAt
        )
    }
}
