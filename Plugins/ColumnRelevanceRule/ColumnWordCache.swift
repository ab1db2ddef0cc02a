import ModerationKit
import Synchronization

/// The words of the columns a rule has seen, by slug, so that a column's text is read once and
/// not again for every comment on it.
///
/// An entry keeps the column it was read from and answers only for a column with exactly the
/// same title, tags and text: a column edited (or replaced under its slug) since is read again.
/// At most ``capacity`` columns are kept; one more pushes out the one asked for longest ago.
final class ColumnWordCache: Sendable {
    /// Columns kept at most.
    let capacity: Int
    private let byteLimit: Int

    private struct Entry {
        var column: ColumnInfo
        var words: ColumnWords
        var lastUse: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var uses: UInt64 = 0
        var reads = 0
    }

    private let state = Mutex(State())

    /// A cache of at most `capacity` columns, each read up to `byteLimit` bytes.
    init(capacity: Int = 256, byteLimit: Int) {
        self.capacity = max(1, capacity)
        self.byteLimit = byteLimit
    }

    /// How many times a column's text was read (not answered from the cache): for tests.
    var reads: Int { state.withLock { $0.reads } }

    /// The words of `column`: the kept ones when they were read from the same column, else
    /// read now and kept.
    func words(of column: ColumnInfo) -> ColumnWords {
        let kept = state.withLock { state -> ColumnWords? in
            guard var entry = state.entries[column.slug], Self.isSame(entry.column, column) else { return nil }
            state.uses += 1
            entry.lastUse = state.uses
            state.entries[column.slug] = entry
            return entry.words
        }
        if let kept { return kept }
        let words = ColumnWords(column, byteLimit: byteLimit)
        state.withLock { state in
            state.reads += 1
            state.uses += 1
            if state.entries[column.slug] == nil, state.entries.count >= capacity,
                let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
            {
                state.entries[oldest] = nil
            }
            state.entries[column.slug] = Entry(column: column, words: words, lastUse: state.uses)
        }
        return words
    }

    /// Whether two columns have the same title, tags and text, byte for byte (not merely
    /// canonically equivalent: the words are read from the bytes).
    private static func isSame(_ a: ColumnInfo, _ b: ColumnInfo) -> Bool {
        sameBytes(a.title, b.title) && a.tags.count == b.tags.count && zip(a.tags, b.tags).allSatisfy(sameBytes) && sameBytes(a.text, b.text)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { left in
            b.withUTF8 { right in
                left.count == right.count && (left.baseAddress == right.baseAddress || left.elementsEqual(right))
            }
        }
    }
}
