import Foundation
import ModerationKit

/// A history kept in memory, indexed by the keys rules ask about: `stempel bench rules
/// --history-store memory` uses it to time the engine and the rules without the database.
final class MemoryHistory: SubmissionHistory, @unchecked Sendable {
    // Written only while the benchmark sets up, before any concurrent read.
    private var byKey: [HistoryKey: [PastSubmission]] = [:]
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
        // With its fingerprint, as the SQLite store keeps it.
        let past = PastSubmission(
            body: submission.body, column: submission.column, author: submission.author, receivedAt: submission.receivedAt,
            fingerprint: ShingleFingerprint(submission.body))
        for key in keys { byKey[key, default: []].append(past) }
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
        Array(recent(key, since: since).reversed().prefix(limit))
    }

    func hasSeenBody(_ body: String) async throws -> Bool { bodies.contains(body) }

    func column(slug: String) async throws -> ColumnInfo? { columns[slug] }

    /// The submissions for `key` from `since` on; they were recorded in time order, so a binary
    /// search finds the first, as the store's index does.
    private func recent(_ key: HistoryKey, since: Date) -> ArraySlice<PastSubmission> {
        let all = byKey[key] ?? []
        var (low, high) = (all.startIndex, all.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if all[middle].receivedAt < since { low = middle + 1 } else { high = middle }
        }
        return all[low...]
    }
}
