/// Reads the words of UTF-8 text as lowercase, accent-folded bytes.
///
/// A word is a run of letters and digits; everything else separates words (so `auto's` is
/// `auto` and `s`, and `klanten-service` two words). Accented Latin letters fold to ASCII
/// (`één` → `een`, `straße` → `strasse`) and combining accents are dropped, so that readers who
/// skip accents still match the column. Letters of other scripts are lowercased. Words longer
/// than ``maximumWordBytes`` are cut there.
///
/// Two steps: ``next()`` finds a word's bytes and the length of its folded form, cheaply, and
/// ``folded(_:into:)`` builds the folded word only for the words long enough to matter.
/// A struct read in a loop rather than a callback: state captured by closures made Swift check
/// exclusive access at run time for every byte.
///
/// ```swift
/// var text = text
/// text.withUTF8 { bytes in
///     var scanner = WordScanner(bytes)
///     while let found = scanner.next() { … }
/// }
/// ```
struct WordScanner {
    /// Bytes kept of a folded word at most.
    static let maximumWordBytes = 48

    /// A word found by ``next()``.
    struct Word {
        /// Where it is in the text.
        var range: Range<Int>
        /// The length of its folded form, in bytes, at most ``WordScanner/maximumWordBytes``.
        var length: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// A scanner over `bytes`, which must stay valid while it is used; a character cut at the
    /// end of `bytes` is dropped.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next word, or nil when there is none left.
    mutating func next() -> Word? {
        var start = -1
        var length = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // Most text is ASCII: classify it inline, without decoding.
                let folded = byte &- UInt8(ascii: "0") < 10 ? byte : byte | 0x20
                if folded &- UInt8(ascii: "0") < 10 || folded &- UInt8(ascii: "a") < 26 {
                    if start < 0 { start = index }
                    length += 1
                } else if start >= 0 {
                    defer { index += 1 }
                    return Word(range: start..<index, length: min(length, Self.maximumWordBytes))
                }
                index += 1
                continue
            }
            let here = index
            let (value, size) = Self.decode(bytes, at: index)
            index += size
            switch Self.kind(of: value) {
            case .separator:
                if start >= 0 { return Word(range: start..<here, length: min(length, Self.maximumWordBytes)) }
            case .mark:
                continue
            case .ascii:
                if start < 0 { start = here }
                length += 1
            case .other:
                if start < 0 { start = here }
                length += Self.foldedBytes(of: value).count
            }
        }
        return start >= 0 ? Word(range: start..<index, length: min(length, Self.maximumWordBytes)) : nil
    }

    /// The folded bytes of a word found by ``next()``, in `word` (replacing what it held).
    func folded(_ found: Word, into word: inout [UInt8]) {
        word.removeAll(keepingCapacity: true)
        var index = found.range.lowerBound
        while index < found.range.upperBound, word.count < Self.maximumWordBytes {
            // An ASCII byte inside a word is a letter or a digit (anything else ends the word):
            // `| 0x20` lowercases a letter and leaves a digit as it is.
            if bytes[index] < 0x80 {
                word.append(bytes[index] | 0x20)
                index += 1
                continue
            }
            let (value, size) = Self.decode(bytes, at: index)
            index += size
            switch Self.kind(of: value) {
            case .ascii(let byte): word.append(byte)
            case .other:
                for byte in Self.foldedBytes(of: value) where word.count < Self.maximumWordBytes { word.append(byte) }
            case .separator, .mark: break
            }
        }
    }

    // MARK: Characters

    private enum Kind {
        /// An ASCII letter or digit, lowercased.
        case ascii(UInt8)
        /// Another letter or digit, to fold.
        case other
        /// A combining mark: part of the letter before it, dropped.
        case mark
        /// Anything else.
        case separator
    }

    private static func kind(of value: UInt32) -> Kind {
        if value < 0x80 {
            switch UInt8(value) {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .ascii(UInt8(value) | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .ascii(UInt8(value))
            default: return .separator
            }
        }
        if let folded = AccentFolding.folded(value) { return folded.isEmpty ? .separator : .other }
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return .mark }
        return properties.isAlphabetic || properties.numericType != nil ? .other : .separator
    }

    /// The folded bytes of a non-ASCII letter or digit.
    private static func foldedBytes(of value: UInt32) -> [UInt8] {
        if let folded = AccentFolding.folded(value) { return folded }
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(scalar.properties.lowercaseMapping.utf8)
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and its length; a character cut at the
    /// end of the buffer decodes as a separator.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let size = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + size <= bytes.count else { return (0x20, bytes.count - index) }
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        switch size {
        case 2: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case 3: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
    }

    // MARK: Hashing and stemming

    /// The FNV-1a hash of the first `count` bytes of a word: 64 bits, so that two words of a
    /// comment and its column colliding is practically impossible, and cheap enough for every
    /// candidate word of a long column.
    static func hash(_ word: [UInt8], count: Int? = nil) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<(count ?? word.count) {
            hash = (hash ^ UInt64(word[index])) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The hashes of the words of a text, folded as the scanner folds them.
    static func hashes(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = WordScanner(bytes)
            var word: [UInt8] = []
            var hashes: [UInt64] = []
            while let found = scanner.next() {
                scanner.folded(found, into: &word)
                hashes.append(hash(word))
            }
            return hashes
        }
    }

    /// The length of the word's stem: one common Dutch or English ending stripped, when at least
    /// three letters remain, so that `bakkers`, `broodjes`, `leveringen` and `delivered` meet
    /// `bakker`, `brood`, `lever` and `deliver`. Crude on purpose: it only decides whether a
    /// comment and its column share a word, and a rare false match costs a point of score.
    static func stemLength(of word: [UInt8]) -> Int {
        suffixLoop: for suffix in suffixes where word.count >= suffix.count + 3 {
            let start = word.count - suffix.count
            for offset in suffix.indices where word[start + offset] != suffix[offset] { continue suffixLoop }
            return start
        }
        return word.count
    }

    /// Longest first, so that `broodjes` loses `jes`, not `s`.
    private static let suffixes: [[UInt8]] = ["ingen", "tjes", "jes", "tje", "ing", "je", "en", "es", "ed", "s", "e"].map {
        Array($0.utf8)
    }
}
