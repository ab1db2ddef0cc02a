/// The words of a comment, as the column-relevance rule compares them with the column.
struct CommentWords {
    /// Content words read at most: enough to judge, and a bound on the work.
    static let maximumContentWords = 100
    /// Words read at most for matching praise phrases.
    static let maximumWords = 300

    /// The distinct content words (three letters or more, not all digits, not stop words), in
    /// order of appearance, by stem.
    let contentWords: [String]
    /// The hashes of their stems, in the same order, for looking them up in the column's words.
    private let stems: [UInt64]
    /// The hash of every word, in order, for matching praise phrases.
    let wordHashes: [UInt64]

    init(_ text: String, byteLimit: Int, stopWords: Set<UInt64>) {
        var text = text
        (contentWords, stems, wordHashes) = text.withUTF8 { bytes in
            // A content word takes at least two bytes and a separator: a short comment needs a small table.
            var distinct = StemTable(capacity: min(Self.maximumContentWords, bytes.count / 2 + 1))
            var contentWords: [String] = []
            var stems: [UInt64] = []
            var wordHashes: [UInt64] = []
            var scanner = WordScanner(UnsafeBufferPointer(rebasing: bytes.prefix(byteLimit)))
            var word: [UInt8] = []
            while wordHashes.count < Self.maximumWords, contentWords.count < Self.maximumContentWords, let found = scanner.next() {
                scanner.folded(found, into: &word)
                let hash = WordScanner.hash(word)
                wordHashes.append(hash)
                guard word.count >= 3, word.contains(where: { $0 > UInt8(ascii: "9") }), !stopWords.contains(hash) else { continue }
                let stem = WordScanner.hash(word, count: WordScanner.stemLength(of: word))
                guard distinct.insert(stem, position: contentWords.count) else { continue }
                stems.append(stem)
                contentWords.append(String(decoding: word, as: UTF8.self))
            }
            return (contentWords, stems, wordHashes)
        }
    }

    /// The content words that the column also has (by stem), in the comment's order.
    func shared(with column: ColumnWords) -> [String] {
        contentWords.indices.filter { column.contains(stems[$0]) }.map { contentWords[$0] }
    }
}
