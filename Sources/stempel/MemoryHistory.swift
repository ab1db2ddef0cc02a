import Foundation
import ModerationKit

/// A history kept in memory, indexed by the keys rules ask about: `stempel bench rules
/// --history-store memory` uses it to time the engine and the rules without the database.
final class MemoryHistory: SubmissionHistory, @unchecked Sendable {
    // Written only while the benchmark sets up, before any concurrent read.
    private var byKey: [HistoryKey: [Submission]] = [:]
    private var approved: [String: Int] = [:]
    private var bodies: Set<String> = []
    private var columns: [String: ColumnInfo] = [:]

    func record(_ submission: Submission, approved isApproved: Bool) {
        var keys: [HistoryKey] = [.anyone, .authorName(submission.author.name)]
        if let email = submission.author.email?.lowercased() { keys.append(.authorEmail(email)) }
        if let address = submission.clientAddress {
            keys.append(.clientAddress(address))
            if let network = ClientNetwork.of(address) { keys.append(.clientNetwork(network)) }
        }
        for key in keys { byKey[key, default: []].append(submission) }
        if isApproved { approved[submission.author.email?.lowercased() ?? submission.author.name, default: 0] += 1 }
        bodies.insert(submission.body)
    }

    func record(_ column: ColumnInfo) { columns[column.slug] = column }

    func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        approved[author.email?.lowercased() ?? author.name] ?? 0
    }

    func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int {
        min(recent(key, since: since).count, cap ?? .max)
    }

    func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission] {
        recent(key, since: since).reversed().prefix(limit).map {
            PastSubmission(body: $0.body, column: $0.column, author: $0.author, receivedAt: $0.receivedAt)
        }
    }

    func hasSeenBody(_ body: String) async throws -> Bool { bodies.contains(body) }

    func column(slug: String) async throws -> ColumnInfo? { columns[slug] }

    /// The submissions for `key` from `since` on; they were recorded in time order.
    private func recent(_ key: HistoryKey, since: Date) -> ArraySlice<Submission> {
        let all = byKey[key] ?? []
        var start = all.endIndex
        while start > all.startIndex, all[start - 1].receivedAt >= since { start -= 1 }
        return all[start...]
    }
}
