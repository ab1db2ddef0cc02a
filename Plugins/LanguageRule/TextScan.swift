/// What the language rule reads from a comment, in one pass over its UTF-8 bytes: how many
/// letters of each script it has, and the naive Bayes log likelihoods of its words in Latin
/// letters under each language of the model.
///
/// Normalisation matches `Benchmarks/language-model/build_profiles.py`, which built the model:
/// letters are lowercased, combining marks are dropped (so "İ" becomes "i"; a decomposed "é"
/// becomes "e", which no training text has, and costs a little accuracy), and anything that is
/// not a letter separates words. Each word is padded with a space on both sides, and its 1-, 2-
/// and 3-grams are scored: " de " gives `d`, `e`, ` d`, `de`, `e `, ` de`, `de `.
///
/// Runs between whitespace that look like web or e-mail addresses (`https://…`, `www.…`,
/// `…@….…`) are skipped: `customerfirst.nl` says nothing about the language of the comment.
///
/// Bounded work: the scan stops at the first word that starts after ``letterLimit`` letters, or
/// after ``byteLimit`` bytes, which is plenty to tell a language. The bytes are read in place,
/// and the n-grams are scored as they are read, so a scan allocates nothing.
struct TextScan {
    /// Bytes read at most; the rest of a longer text is ignored.
    static let byteLimit = 16_384
    /// Letters read at most (the word that crosses the limit is finished).
    static let letterLimit = 400

    /// The letters read, in every script, addresses left out.
    private(set) var letters = 0
    /// The letters per ``Script``, indexed by its raw value.
    private(set) var lettersByScript = SIMD16<Int32>()
    /// Whether any kana was read.
    private(set) var hasKana = false
    /// The n-grams scored.
    private(set) var grams = 0
    /// Their summed quantised log probabilities, one lane per language of the model: a
    /// difference of 1 between two lanes is worth ``LanguageModel/step`` nats.
    var logLikelihoods: SIMD16<UInt32> {
        var total = flushed
        for lane in 0..<16 { total[lane] &+= UInt32(batch[lane]) }
        return total
    }

    // Rows are added in 16-bit lanes, which hold 257 rows of at most 255, then flushed to 32 bits.
    private var batch = SIMD16<UInt16>()
    private var batched = 0
    private var flushed = SIMD16<UInt32>()

    private let model: LanguageModel
    // The last two letters of the current word (0 before its first letter; the padding space
    // counts as a letter), and whether the scan is inside a word.
    private var previous1: UInt32 = 0x20
    private var previous2: UInt32 = 0
    private var inWord = false
    private var finished = false

    init(_ text: String, model: LanguageModel) {
        self.model = model
        var text = text
        text.withUTF8 { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(bytes.count, Self.byteLimit)
        var runStart = 0
        var index = 0
        while index < end, !finished {
            let (scalar, length) = Self.decode(bytes, at: index)
            if Self.isWhitespace(scalar) {
                readRun(bytes, from: runStart, to: index)
                runStart = index + length
            }
            index += length
        }
        // A limit may cut a multi-byte character: stop before it.
        if !finished { readRun(bytes, from: runStart, to: min(index, end)) }
    }

    /// Reads a run of non-whitespace, unless it is an address.
    private mutating func readRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard start < end, !Self.isAddress(bytes, from: start, to: end) else { return }
        var index = start
        while index < end, !finished {
            let (scalar, length) = Self.decode(bytes, at: index)
            add(scalar)
            index += length
        }
        endWord()
    }

    private mutating func add(_ value: UInt32) {
        // Most comment text is ASCII, and most of the rest Latin: no Unicode property lookups for them.
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                addLatinLetter(value | 0x20)
            } else if value >= 0x61 && value <= 0x7A {
                addLatinLetter(value)
            } else {
                endWord()
            }
            return
        }
        if value < LatinLetters.tableEnd {
            let lower = LatinLetters.lowercase[Int(value)]
            if lower != 0 { addLatinLetter(lower) } else { endWord() }
            return
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark:
            // Marks belong to the letter before them (accents, vowel signs): neither a letter nor a break.
            return
        case .uppercaseLetter, .titlecaseLetter:
            let script = Script(letter: scalar)
            for lower in properties.lowercaseMapping.unicodeScalars where !lower.isMark {
                if script == .latin { addLatinLetter(lower.value) } else { addLetter(in: script) }
            }
        case .lowercaseLetter, .modifierLetter, .otherLetter:
            let script = Script(letter: scalar)
            if script == .cjk && Script.isKana(scalar) { hasKana = true }
            if script == .latin { addLatinLetter(value) } else { addLetter(in: script) }
        default:
            endWord()
        }
    }

    /// Counts a letter of another script; only Latin words go to the n-gram model.
    private mutating func addLetter(in script: Script) {
        endWord()
        guard letters < Self.letterLimit else {
            finished = true
            return
        }
        letters += 1
        lettersByScript[script.rawValue] += 1
    }

    private mutating func addLatinLetter(_ letter: UInt32) {
        if !inWord {
            // Stop at a word boundary, so that the last word is scored whole, as in training.
            if letters >= Self.letterLimit {
                finished = true
                return
            }
            inWord = true
        }
        letters += 1
        lettersByScript[Script.latin.rawValue] += 1
        score(GramKey.make(letter))
        score(GramKey.make(previous1, letter))
        if previous2 != 0 { score(GramKey.make(previous2, previous1, letter)) }
        (previous2, previous1) = (previous1, letter)
    }

    /// Scores the n-grams that end with the padding space after a word.
    private mutating func endWord() {
        guard inWord else { return }
        let space: UInt32 = 0x20
        score(GramKey.make(previous1, space))
        score(GramKey.make(previous2, previous1, space))
        (previous2, previous1, inWord) = (0, space, false)
    }

    @inline(__always)
    private mutating func score(_ key: UInt64) {
        grams += 1
        batch &+= model.logProbabilities(of: key)
        batched += 1
        if batched == 256 {
            // At most 16,384 bytes, so fewer than 50,000 grams of at most 255: 32 bits never overflow.
            flushed = logLikelihoods
            batch = SIMD16()
            batched = 0
        }
    }

    // MARK: Bytes

    /// The scalar whose UTF-8 encoding starts at `index`, and its length; the buffer is valid
    /// UTF-8, as every Swift string is.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    private static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// Whether `bytes[start..<end]` is a web or e-mail address: a leading `www.`, a `://`, or an
    /// `@` with a dot after it. Every marker is ASCII, so bytes suffice.
    private static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if end - start >= 4, bytes[start] | 0x20 == UInt8(ascii: "w"), bytes[start + 1] | 0x20 == UInt8(ascii: "w"),
            bytes[start + 2] | 0x20 == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".")
        {
            return true
        }
        var sawAt = false
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: "@"): sawAt = true
            case UInt8(ascii: ".") where sawAt: return true
            case UInt8(ascii: ":") where index + 2 < end && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/"):
                return true
            default: break
            }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a combining mark: "İ" lowercases to "i" and U+0307, which is dropped.
    var isMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}
