/// The words of a comment, as the column-relevance rule compares them with the column.
struct CommentWords {
    /// Content words read at most: enough to judge, and a bound on the work.
    static let maximumContentWords = 100
    /// Words read at most for matching praise phrases.
    static let maximumWords = 300

    /// The distinct content words (three letters or more, not all digits, not stop words), in
    /// order of appearance, by stem.
    let contentWords: [String]
    /// Their stems, for looking up the column's words.
    private let stems: StemTable
    /// The first three bytes of their stems.
    private let prefixes: PrefixFilter
    /// The hash of every word, in order, for matching praise phrases.
    let wordHashes: [UInt64]

    init(_ text: String, byteLimit: Int, stopWords: Set<UInt64>) {
        var text = text
        (contentWords, stems, prefixes, wordHashes) = text.withUTF8 { bytes in
            var stems = StemTable(capacity: Self.maximumContentWords)
            var prefixes = PrefixFilter()
            var contentWords: [String] = []
            var wordHashes: [UInt64] = []
            var scanner = WordScanner(UnsafeBufferPointer(rebasing: bytes.prefix(byteLimit)))
            var word: [UInt8] = []
            while wordHashes.count < Self.maximumWords, contentWords.count < Self.maximumContentWords, let found = scanner.next() {
                scanner.folded(found, into: &word)
                let hash = WordScanner.hash(word)
                wordHashes.append(hash)
                guard word.count >= 3, word.contains(where: { $0 > UInt8(ascii: "9") }), !stopWords.contains(hash),
                    stems.insert(WordScanner.hash(word, count: WordScanner.stemLength(of: word)), position: contentWords.count)
                else { continue }
                prefixes.insert(found.prefix)
                contentWords.append(String(decoding: word, as: UTF8.self))
            }
            return (contentWords, stems, prefixes, wordHashes)
        }
    }

    /// The content words that the texts also have (by stem), in the comment's order; the texts
    /// are read up to `byteLimit` bytes in all.
    func shared(with texts: [String], byteLimit: Int) -> [String] {
        guard !contentWords.isEmpty else { return [] }
        var found = [Bool](repeating: false, count: contentWords.count)
        var remaining = contentWords.count
        var budget = byteLimit
        for var text in texts where remaining > 0 && budget > 0 {
            text.withUTF8 { bytes in
                var scanner = WordScanner(UnsafeBufferPointer(rebasing: bytes.prefix(budget)))
                var word: [UInt8] = []
                while remaining > 0, let candidate = scanner.next() {
                    guard candidate.length >= 3, prefixes.mayContain(candidate.prefix) else { continue }
                    scanner.folded(candidate, into: &word)
                    guard let position = stems.position(of: WordScanner.hash(word, count: WordScanner.stemLength(of: word))),
                        !found[position]
                    else { continue }
                    found[position] = true
                    remaining -= 1
                }
                budget -= bytes.count
            }
        }
        return contentWords.indices.filter { found[$0] }.map { contentWords[$0] }
    }
}
