import Foundation
import Synchronization

/// One judgement's answers to history questions, so that no question goes to the store twice.
///
/// Rules ask overlapping questions: the duplicates rule fetches an author's comments of the
/// last day, and the flood rule then counts the same author's comments of the last hour. A list
/// fetched for one rule answers a later count (or a shorter list) for the same key when the list
/// holds every comment of the shorter window, or at least as many as the count is capped at.
/// Kept by ``RuleContext``: one memo per judgement, so answers are never older than `now`.
final class HistoryMemo: Sendable {
    private struct ListQuestion: Hashable {
        var key: HistoryKey
        var since: Date
        var limit: Int
    }

    private struct CountQuestion: Hashable {
        var key: HistoryKey
        var since: Date
        var cap: Int?
    }

    private struct Answers {
        var lists: [ListQuestion: [PastSubmission]] = [:]
        var counts: [CountQuestion: Int] = [:]
        /// The last author standing asked for, and whose.
        var standing: (submission: Submission, standing: AuthorStanding)?
    }

    private let answers = Mutex(Answers())

    func recentSubmissions(
        _ key: HistoryKey, since: Date, limit: Int, fetch: (HistoryKey, Date, Int) async throws -> [PastSubmission]
    ) async throws -> [PastSubmission] {
        let question = ListQuestion(key: key, since: since, limit: limit)
        let known = answers.withLock { answers -> [PastSubmission]? in
            if let list = answers.lists[question] { return list }
            for (asked, list) in answers.lists where asked.key == key && asked.since <= since {
                let (inWindow, complete) = Self.prefix(of: list, limit: asked.limit, since: since)
                if complete || inWindow >= limit { return Array(list.prefix(min(inWindow, limit))) }
            }
            return nil
        }
        if let known { return known }
        let list = try await fetch(key, since, limit)
        answers.withLock { $0.lists[question] = list }
        return list
    }

    func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?, fetch: (HistoryKey, Date, Int?) async throws -> Int) async throws
        -> Int
    {
        let question = CountQuestion(key: key, since: since, cap: cap)
        let known = answers.withLock { answers -> Int? in
            if let count = answers.counts[question] { return count }
            for (asked, list) in answers.lists where asked.key == key && asked.since <= since {
                let (inWindow, complete) = Self.prefix(of: list, limit: asked.limit, since: since)
                if complete { return min(inWindow, cap ?? .max) }
                if let cap, inWindow >= cap { return cap }
            }
            return nil
        }
        if let known { return known }
        let count = try await fetch(key, since, cap)
        answers.withLock { $0.counts[question] = count }
        return count
    }

    /// The author's standing, asked of the history once for the same submission: both
    /// `first-time-author` and `blocked-authors` ask.
    func authorStanding(of submission: Submission, fetch: (Submission) async throws -> AuthorStanding) async throws -> AuthorStanding {
        if let known = answers.withLock({ $0.standing }), known.submission == submission { return known.standing }
        let standing = try await fetch(submission)
        answers.withLock { $0.standing = (submission, standing) }
        return standing
    }

    /// How many of `list` (newest first, fetched with `limit`) arrived at or after `since`, and
    /// whether those are all that did: the list was not cut off, or it reaches back past `since`.
    private static func prefix(of list: [PastSubmission], limit: Int, since: Date) -> (count: Int, complete: Bool) {
        let count = list.firstIndex { $0.receivedAt < since } ?? list.count
        return (count, list.count < limit || count < list.count)
    }
}
