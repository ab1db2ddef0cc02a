import Foundation

/// A text as the set of its overlapping three-word sequences ("shingles"), for judging how alike
/// two texts are without comparing the texts.
///
/// Words are runs of letters and digits, lowercased, with accents kept apart as marks and
/// dropped (`één` is `een`); punctuation and spacing play no part, so `"Mooi stuk!"` and
/// `"mooi   stuk."` are the same. Each word and each shingle is kept as a 64-bit hash, and the
/// shingles as a sorted array: a comparison is one merge, with no hashing or set to build.
///
/// The store computes a fingerprint once, when a comment is stored, and hands it back with
/// ``PastSubmission/fingerprint``, so a rule that compares a comment with fifty earlier ones
/// splits one text into words, not fifty-one. The hashes are stable (FNV-1a with fixed
/// constants), so stored fingerprints stay comparable across releases.
///
/// ```swift
/// let similarity = ShingleFingerprint("Mooi verhaal, herkenbaar!").similarity(to: ShingleFingerprint("mooi verhaal herkenbaar"))
/// ```
public struct ShingleFingerprint: Sendable, Hashable {
    /// How many words make a shingle: three, so that word order matters but one changed word
    /// spoils only three shingles.
    public static let shingleLength = 3

    /// The number of words in the text.
    public let wordCount: Int
    /// The distinct shingle hashes, sorted.
    public let shingles: [UInt64]

    /// Creates a fingerprint from stored parts: a word count and sorted, distinct shingle hashes.
    public init(wordCount: Int, shingles: [UInt64]) {
        self.wordCount = wordCount
        self.shingles = shingles
    }

    /// Splits `text` into words and shingles.
    public init(_ text: String) {
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
    public func similarity(to other: ShingleFingerprint) -> Double {
        guard !shingles.isEmpty, !other.shingles.isEmpty else { return 0 }
        // One merge of two sorted arrays, on their buffers: the duplicates rule runs it up to 150
        // times per comment.
        let shared = shingles.withUnsafeBufferPointer { left in
            other.shingles.withUnsafeBufferPointer { right in
                var shared = 0
                var (l, r) = (0, 0)
                while l < left.count, r < right.count {
                    let (a, b) = (left[l], right[r])
                    if a == b {
                        shared += 1
                        l += 1
                        r += 1
                    } else if a < b {
                        l += 1
                    } else {
                        r += 1
                    }
                }
                return shared
            }
        }
        return Double(shared) / Double(shingles.count + other.shingles.count - shared)
    }

    /// The highest similarity two texts with these shingle counts can reach; cheap to check first.
    public func bestPossibleSimilarity(to other: ShingleFingerprint) -> Double {
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
