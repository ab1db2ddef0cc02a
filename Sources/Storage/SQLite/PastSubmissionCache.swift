import Foundation
import ModerationKit
import Synchronization

/// Earlier comments as the rules see them (``PastSubmission``), kept by row id so that
/// consecutive judgements need not read and decode the same rows again.
///
/// Why: the duplicates rule asks for up to fifty recent comments per question, and under load
/// consecutive comments ask for nearly the same fifty. Reading each row's body, author,
/// column and shingles and building its value was most of that rule's cost; a row already
/// built is now reused after a check against two values the store reads from the row anyway.
///
/// A row is reused only while its `body_hash` and `updated_at` are what they were when it was
/// built: a moderator's edit changes both (statuses do not matter here, and nothing else about
/// a comment changes), so an edited comment is read again, even when another process edited
/// it. The oldest rows built are forgotten first, past ``capacity``.
final class PastSubmissionCache: Sendable {
    /// What a cached row was built from, besides its id.
    struct Version: Equatable {
        var bodyHash: Int64
        var updatedAt: String
    }

    private struct Entries {
        var byRow: [Int64: (version: Version, submission: PastSubmission)] = [:]
        /// Row ids in the order they were added, for forgetting the oldest.
        var order: [Int64] = []
        var start = 0
    }

    let capacity: Int
    private let entries = Mutex(Entries())

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The rows built earlier that still have these versions, in the same order, `nil` for the
    /// others; one lock for the whole list, as a question reads up to fifty rows.
    func submissions(for rows: [(row: Int64, version: Version)]) -> [PastSubmission?] {
        entries.withLock { entries in
            rows.map { row, version in
                guard let entry = entries.byRow[row], entry.version == version else { return nil }
                return entry.submission
            }
        }
    }

    /// Keeps rows just built, forgetting the oldest past the capacity.
    func remember(_ rows: [(row: Int64, version: Version, submission: PastSubmission)]) {
        guard !rows.isEmpty else { return }
        entries.withLock { entries in
            for (row, version, submission) in rows {
                if entries.byRow.updateValue((version, submission), forKey: row) == nil { entries.order.append(row) }
            }
            while entries.byRow.count > capacity, entries.start < entries.order.count {
                entries.byRow[entries.order[entries.start]] = nil
                entries.start += 1
            }
            // Drop the forgotten ids' slots now and then, not on every call.
            if entries.start > capacity {
                entries.order.removeFirst(entries.start)
                entries.start = 0
            }
        }
    }

    /// How many rows are kept (for tests).
    var count: Int { entries.withLock { $0.byRow.count } }
}
