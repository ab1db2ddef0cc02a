import Foundation
import ModerationKit
import Synchronization

/// Earlier comments as the rules see them (``PastSubmission``), kept by row id so that
/// consecutive judgements need not read and decode the same rows again.
///
/// Why: the duplicates rule asks for up to fifty recent comments per question, and under load
/// consecutive comments ask for nearly the same fifty. Reading each row's body, author,
/// column and shingles and building its value was most of that rule's cost.
///
/// Rows are kept for one *edit generation*: the `comment_edits` counter, which a trigger moves
/// whenever a comment's body, author, column, time or shingles change or a comment is deleted,
/// in whichever process does it. While it stays, every row kept is current, so the store reads
/// only the row ids a question matches (from its index alone); once it moves, everything kept
/// is forgotten. Edits are rare (a moderator's), so that costs little. The oldest rows are
/// forgotten first, past ``capacity``.
final class PastSubmissionCache: Sendable {
    private struct Entries {
        /// The edit generation the rows were read in.
        var generation: Int64 = -1
        var byRow: [Int64: PastSubmission] = [:]
        /// Row ids in the order they were added, for forgetting the oldest.
        var order: [Int64] = []
        var start = 0

        mutating func forgetAll(now generation: Int64) {
            self = Entries()
            self.generation = generation
        }

        /// Adds rows, forgetting the oldest past `capacity`.
        mutating func keep(_ rows: [(row: Int64, submission: PastSubmission)], capacity: Int) {
            for (row, submission) in rows {
                if byRow.updateValue(submission, forKey: row) == nil { order.append(row) }
            }
            while byRow.count > capacity, start < order.count {
                byRow[order[start]] = nil
                start += 1
            }
            // Drop the forgotten ids' slots now and then, not on every call.
            if start > capacity {
                order.removeFirst(start)
                start = 0
            }
        }
    }

    let capacity: Int
    private let entries = Mutex(Entries())

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The rows kept from this edit generation, in the same order, `nil` for the others; one
    /// lock for the whole list, as a question reads up to fifty rows. A newer generation than
    /// the one kept forgets everything kept and is kept from now on.
    func submissions(for rows: [Int64], generation: Int64) -> [PastSubmission?] {
        entries.withLock { entries in
            if generation > entries.generation {
                entries.forgetAll(now: generation)
            }
            guard entries.generation == generation else { return rows.map { _ in nil } }
            return rows.map { entries.byRow[$0] }
        }
    }

    /// Keeps rows just read in `generation` (read no earlier than the rows), forgetting the
    /// oldest past the capacity, and everything kept when the generation moved.
    func remember(_ rows: [(row: Int64, submission: PastSubmission)], generation: Int64) {
        guard !rows.isEmpty else { return }
        entries.withLock { entries in
            if entries.generation != generation {
                // An older generation's rows arriving late are not kept: they may be stale.
                guard generation > entries.generation else { return }
                entries.forgetAll(now: generation)
            }
            entries.keep(rows, capacity: capacity)
        }
    }

    /// Keeps comments just inserted, as they were written, in the generation kept now: an
    /// insert moves no generation, and an edit after it moves the one the next question reads,
    /// which then forgets them. Questions under load ask for the newest comments first, which
    /// otherwise every concurrent judgement would read and build for itself.
    func rememberInserted(_ rows: [(row: Int64, submission: PastSubmission)]) {
        guard !rows.isEmpty else { return }
        entries.withLock { entries in
            // Until a question has read the generation there is nothing to keep them under.
            guard entries.generation >= 0 else { return }
            entries.keep(rows, capacity: capacity)
        }
    }

    /// How many rows are kept (for tests).
    var count: Int { entries.withLock { $0.byRow.count } }
}
