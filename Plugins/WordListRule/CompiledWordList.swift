import ModerationKit

/// A word list ready for matching: its entries indexed by key hash, built once when the rule is made.
///
/// Whole-word entries and phrases are found with one dictionary probe per word of the text;
/// stems (`kut*`, `*kut`) with one probe per stem length, hashing the word's start or end as
/// it goes; only `*stem*` entries are searched for inside every word, and lists rarely have
/// many. A probe only proposes entries: ``WordToken/fits(_:at:openStart:openEnd:)`` decides.
struct CompiledWordList {
    let name: String
    let action: ForcedAction
    let score: Double
    let entries: [ListEntry]

    /// The first word's key hash → entries without wildcards.
    private var whole: [UInt64: [Int]] = [:]
    /// The stem's key hash → `stem*` entries.
    private var prefixes: [UInt64: [Int]] = [:]
    /// Whether a `stem*` entry has a stem of this many runs.
    private var prefixLengths: [Bool] = []
    /// The stem's key hash, from its end → `*stem` entries.
    private var suffixes: [UInt64: [Int]] = [:]
    /// Whether a `*stem` entry has a stem of this many runs.
    private var suffixLengths: [Bool] = []
    /// `*stem*` entries.
    private var infixes: [Int] = []

    /// A match: which entry, on which words of the text.
    struct Match {
        var entry: Int
        var words: Range<Int>
    }

    /// Compiles the valid entries of `lines`; invalid ones were reported when the options were decoded.
    init(name: String, action: ForcedAction, score: Double, lines: [String]) {
        self.name = name
        self.action = action
        self.score = score
        entries = lines.compactMap { try? ListEntry.parse($0) }
        for (index, entry) in entries.enumerated() {
            let word = entry.words[0]
            switch (entry.openStart, entry.openEnd) {
            case (false, false):
                whole[word.keyHash, default: []].append(index)
            case (false, true):
                prefixes[word.keyHash, default: []].append(index)
                Self.mark(word.runs.count, in: &prefixLengths)
            case (true, false):
                suffixes[word.runs.reversed().reduce(WordToken.hashBasis, WordToken.hash), default: []].append(index)
                Self.mark(word.runs.count, in: &suffixLengths)
            case (true, true):
                infixes.append(index)
            }
        }
    }

    /// Every match in `words`, in text order; at one word, phrases before single words.
    ///
    /// Written without closures over `self`: capturing the list copied it for every word.
    func matches(in words: [WordToken]) -> [Match] {
        var found: [Match] = []
        for position in words.indices {
            let word = words[position]
            let start = found.count
            for index in whole[word.keyHash] ?? [] {
                let entry = entries[index]
                let end = position + entry.words.count
                guard end <= words.count else { continue }
                var fits = true
                for (offset, entryWord) in entry.words.enumerated() where !entryWord.fits(words[position + offset]) {
                    fits = false
                    break
                }
                if fits { found.append(Match(entry: index, words: position..<end)) }
            }
            if !prefixLengths.isEmpty {
                var hash = WordToken.hashBasis
                for (length, run) in zip(1..<prefixLengths.count, word.runs) {
                    hash = WordToken.hash(hash, run)
                    guard prefixLengths[length], let candidates = prefixes[hash] else { continue }
                    for index in candidates where entries[index].words[0].fits(word, openEnd: true) {
                        found.append(Match(entry: index, words: position..<(position + 1)))
                    }
                }
            }
            if !suffixLengths.isEmpty {
                var hash = WordToken.hashBasis
                for (length, run) in zip(1..<suffixLengths.count, word.runs.reversed()) {
                    hash = WordToken.hash(hash, run)
                    guard suffixLengths[length], let candidates = suffixes[hash] else { continue }
                    for index in candidates where entries[index].words[0].fits(word, at: word.runs.count - length, openStart: true) {
                        found.append(Match(entry: index, words: position..<(position + 1)))
                    }
                }
            }
            for index in infixes where entries[index].words[0].runs.count <= word.runs.count {
                let stem = entries[index].words[0]
                for offset in 0...(word.runs.count - stem.runs.count) where stem.fits(word, at: offset, openStart: true, openEnd: true) {
                    found.append(Match(entry: index, words: position..<(position + 1)))
                    break
                }
            }
            // Longer phrases first, then in list order: the first entry that fits names the match.
            if found.count - start > 1 {
                found[start...].sort { ($0.words.count, -$0.entry) > ($1.words.count, -$1.entry) }
            }
        }
        return found
    }

    private static func mark(_ length: Int, in lengths: inout [Bool]) {
        if lengths.count <= length { lengths += Array(repeating: false, count: length + 1 - lengths.count) }
        lengths[length] = true
    }
}
