import Foundation

/// Splits a text into normalised words, seeing through the usual disguises.
///
/// - Case and accents: `É` is `e`; compatibility forms too (fullwidth `ｋ` is `k`, `ĳ` is `ij`).
/// - Invisible characters (zero-width spaces and joiners, soft hyphens, variation selectors,
///   skin tones) are dropped, so `k\u{200B}ut` is `kut`.
/// - Spaced or dotted letters: three or more one-letter words in a row, each set apart by at
///   most three spaces, dots, dashes, underscores, asterisks or slashes, are one word:
///   `k u t`, `k.u.t`, `f-u-c-k`. Two letters (`o.a.`) stay apart.
/// - Leetspeak characters `@` and `$` belong to words; digits do as always. Their meaning is
///   settled when a word is compared (see ``WordToken``).
/// - Symbols such as emoji are words of their own.
///
/// Everything else (spaces, punctuation) separates words.
enum TextNormalizer {
    static func words(in text: String) -> [WordToken] {
        var scanner = Scanner()
        for scalar in text.unicodeScalars {
            scanner.add(scalar)
        }
        scanner.endWord()
        return joinSpacedLetters(scanner.words)
    }

    /// A word before spaced letters are joined, with how it was set apart from the previous word.
    fileprivate struct RawWord {
        var word: WordToken
        var isSymbol = false
        /// Whether the separator before it was short and of the kind that spaces letters out.
        var joinsPrevious = false

        var isLetter: Bool { word.runs.count == 1 && word.runs[0].count == 1 && !isSymbol }
    }

    private struct Scanner {
        var words: [RawWord] = []
        /// The current word as runs, built as it is read.
        private var current: [WordToken.Run] = []
        private var gapLength = 0
        private var gapJoins = true

        mutating func add(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            guard value < 0x80 else { return addOther(scalar) }
            switch value {
            case 0x41...0x5A: append(value | 0x20)
            case 0x61...0x7A, 0x30...0x39, 0x40, 0x24: append(value)
            default: separate(joining: Self.isJoiner(value))
            }
        }

        /// Everything outside ASCII, kept out of ``add(_:)`` so that plain text never pays for
        /// looking up Unicode properties.
        @inline(never)
        private mutating func addOther(_ scalar: Unicode.Scalar) {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol:
                return  // accents, zero-width characters, variation selectors, skin tones
            case .otherSymbol:
                endWord()
                words.append(RawWord(word: WordToken(runs: [WordToken.Run(character: scalar.value, count: 1)]), isSymbol: true))
                return
            default:
                break
            }
            guard properties.isAlphabetic || properties.numericType != nil else {
                separate(joining: properties.isWhitespace || scalar.value == 0xB7)
                return
            }
            for part in Self.folded(scalar) { append(part) }
        }

        private mutating func append(_ character: UInt32) {
            if let last = current.indices.last, current[last].character == character {
                current[last].count += 1
            } else {
                // Room for most words at once, instead of growing the array letter by letter.
                if current.isEmpty { current.reserveCapacity(Self.runsReserved) }
                current.append(WordToken.Run(character: character, count: 1))
            }
        }

        private static let runsReserved = 12

        mutating func endWord() {
            guard !current.isEmpty else { return }
            // `@` or `$` alone ("@ 5 euro") is punctuation, not a word.
            if current.allSatisfy({ $0.character == 0x40 || $0.character == 0x24 }) {
                gapLength += current.count
                gapJoins = false
                current = []
                return
            }
            words.append(RawWord(word: WordToken(runs: current), joinsPrevious: gapJoins && (1...3).contains(gapLength)))
            current = []
            gapLength = 0
            gapJoins = true
        }

        private mutating func separate(joining: Bool) {
            endWord()
            gapLength += 1
            if !joining { gapJoins = false }
        }

        /// Space, tab, `.`, `-`, `_`, `*`, `/`: what spaces letters out in `k.u.t`.
        private static func isJoiner(_ value: UInt32) -> Bool {
            switch value {
            case 0x20, 0x09, 0x2E, 0x2D, 0x5F, 0x2A, 0x2F: true
            default: false
            }
        }

        /// Lowercase, compatibility-decomposed, without marks: `É` → `e`, `ｋ` → `k`.
        private static func folded(_ scalar: Unicode.Scalar) -> [UInt32] {
            String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.compactMap { part in
                switch part.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: nil
                default: part.value
                }
            }
        }
    }

    /// Joins three or more one-letter words set apart only by joiners: `k u t` → `kut`.
    private static func joinSpacedLetters(_ words: [RawWord]) -> [WordToken] {
        var joined: [WordToken] = []
        var index = 0
        while index < words.count {
            var end = index + 1
            if words[index].isLetter {
                while end < words.count, words[end].isLetter, words[end].joinsPrevious { end += 1 }
            }
            if end - index >= 3 {
                joined.append(WordToken(joining: words[index..<end].map(\.word)))
                index = end
            } else {
                joined.append(words[index].word)
                index += 1
            }
        }
        return joined
    }
}
