import ModerationKit

/// The stems of a column's words, read once and looked up for every comment on the column.
///
/// Every word of three letters or more in the column's title, tags and text (in that order, up
/// to `byteLimit` bytes in all), folded and stemmed as ``CommentWords`` folds and stems the
/// comment's, so that a comment's word is shared with the column when its stem is here.
struct ColumnWords {
    private let stems: StemTable

    init(_ column: ColumnInfo, byteLimit: Int) {
        var found: [UInt64] = []
        var budget = byteLimit
        for var text in [column.title] + column.tags + [column.text] where budget > 0 {
            text.withUTF8 { bytes in
                var scanner = WordScanner(UnsafeBufferPointer(rebasing: bytes.prefix(budget)))
                var word: [UInt8] = []
                while let candidate = scanner.next() {
                    guard candidate.length >= 3 else { continue }
                    scanner.folded(candidate, into: &word)
                    found.append(WordScanner.hash(word, count: WordScanner.stemLength(of: word)))
                }
                budget -= bytes.count
            }
        }
        found.sort()
        var stems = StemTable(capacity: found.count)
        for (index, stem) in found.enumerated() where index == 0 || stem != found[index - 1] {
            _ = stems.insert(stem, position: 0)
        }
        self.stems = stems
    }

    /// Whether the column has a word with this stem hash.
    func contains(_ stem: UInt64) -> Bool {
        stems.position(of: stem) != nil
    }
}
