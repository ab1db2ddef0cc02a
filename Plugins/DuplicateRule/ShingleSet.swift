import Foundation

/// A text as a set of overlapping word sequences ("shingles"), for judging how alike two texts are.
///
/// Words are runs of letters and digits, lowercased, with accents kept apart as marks and
/// dropped (`één` is `een`); punctuation and spacing play no part, so `"Mooi stuk!"` and
/// `"mooi   stuk."` are the same. Each word and each shingle is kept as a 64-bit hash, and the
/// shingles as a sorted array: a comparison is one merge, with no hashing or set to build.
struct ShingleSet {
    /// How many words make a shingle: three, so that word order matters but one changed word
    /// spoils only three shingles.
    static let shingleLength = 3

    /// The number of words in the text.
    let wordCount: Int
    /// The distinct shingle hashes, sorted.
    private let shingles: [UInt64]

    init(_ text: String) {
        let words = Self.wordHashes(text)
        wordCount = words.count
        guard !words.isEmpty else {
            shingles = []
            return
        }
        // A text shorter than one shingle is one shingle of all its words.
        let length = min(Self.shingleLength, words.count)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - length + 1)
        for start in 0...(words.count - length) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in words[start..<(start + length)] {
                hash = (hash ^ word) &* 0x0000_0100_0000_01b3
                hash ^= hash >> 29
            }
            shingles.append(hash)
        }
        shingles.sort()
        var unique = 0
        for index in shingles.indices where index == 0 || shingles[index] != shingles[index - 1] {
            shingles[unique] = shingles[index]
            unique += 1
        }
        shingles.removeLast(shingles.count - unique)
        self.shingles = shingles
    }

    /// The Jaccard similarity: shared shingles over all shingles, from 0 (nothing shared) to 1.
    func similarity(to other: ShingleSet) -> Double {
        guard !shingles.isEmpty, !other.shingles.isEmpty else { return 0 }
        var shared = 0
        var (left, right) = (0, 0)
        while left < shingles.count, right < other.shingles.count {
            if shingles[left] == other.shingles[right] {
                shared += 1
                left += 1
                right += 1
            } else if shingles[left] < other.shingles[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return Double(shared) / Double(shingles.count + other.shingles.count - shared)
    }

    /// The highest similarity two texts with these shingle counts can reach; cheap to check first.
    func bestPossibleSimilarity(to other: ShingleSet) -> Double {
        guard !shingles.isEmpty, !other.shingles.isEmpty else { return 0 }
        return Double(min(shingles.count, other.shingles.count)) / Double(max(shingles.count, other.shingles.count))
    }

    /// FNV-1a hashes of the words, in order. One pass over the scalars, ASCII handled inline.
    private static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0
        var inWord = false
        func add(_ value: UInt32) {
            if !inWord {
                hash = 0xcbf2_9ce4_8422_2325
                inWord = true
            }
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        }
        func endWord() {
            if inWord { hashes.append(hash) }
            inWord = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: add(value)
                case 0x41...0x5A: add(value | 0x20)
                default: endWord()
                }
                continue
            }
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
                continue
            }
            guard properties.isAlphabetic || properties.numericType != nil else {
                endWord()
                continue
            }
            // Accented letters count as their base letter: decompose, keep the first scalar.
            for part in properties.lowercaseMapping.unicodeScalars {
                guard let base = Self.base(of: part) else { continue }
                add(base)
            }
        }
        endWord()
        return hashes
    }

    /// The letter without its accent, or nil for a combining mark.
    private static func base(of scalar: Unicode.Scalar) -> UInt32? {
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return nil }
        // Foundation for the decomposition; only reached for letters outside ASCII, which are few.
        return String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first?.value ?? scalar.value
    }
}
