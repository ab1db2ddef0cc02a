/// Turns a submission into the features the spam classifier learns and judges by.
///
/// - **Words**: runs of letters and digits, lowercased and accent-folded (`Gratís` → `gratis`),
///   2 to 24 letters; an apostrophe inside a word is dropped (`don't` → `dont`). Addresses are
///   not words.
/// - **Bigrams**: each pair of consecutive words, joined by a space (`check out`).
/// - **Hosts**: `host:` and the host of each web address in the body or the author's URL field,
///   without `www.` (`host:cheap.example`).
/// - **Meta-features**, prefixed `meta:`: `meta:link` (the body has a web address),
///   `meta:email`, `meta:author-url` (the author gave a website), `meta:long-word` (a word over
///   24 letters), `meta:long-number` (7 digits or more in a row: phone numbers, WhatsApp),
///   the share of capitals among cased letters when there are at least 8 (`meta:capitals-0-9%`,
///   `-10-29%`, `-30-59%`, `-60-100%`) and the number of words (`meta:words-0-3`, `-4-10`,
///   `-11-30`, `-31+`).
///
/// Words never contain `:` or a space, so the kinds cannot collide. Only the first
/// ``maximumWords`` words count, and the text is read as UTF-8 bytes in place, which bounds the
/// work on hostile input and keeps it to a few microseconds for a comment.
struct FeatureExtractor {
    /// Words read at most.
    static let maximumWords = 300
    /// Longer words are `meta:long-word` rather than features of their own.
    static let maximumWordLength = 24

    private(set) var features: Set<String> = []
    private var previousWord: String?
    private var words = 0
    private var casedLetters = 0
    private var capitals = 0
    private var digitRun = 0
    // The word being read, as UTF-8, and its length in letters.
    private var word: [UInt8] = []
    private var wordLength = 0

    init(body: String, authorURL: String?) {
        features.reserveCapacity(64)
        word.reserveCapacity(Self.maximumWordLength * 2)
        var body = body
        body.withUTF8 { readRuns($0) }
        if let authorURL, !authorURL.isEmpty {
            features.insert("meta:author-url")
            let address = authorURL.firstRange(of: "://") != nil ? authorURL : "http://" + authorURL
            if case .link(let host?) = LinkHost.kind(of: Substring(address)) { features.insert("host:\(host)") }
        }
        features.insert("meta:words-\(Self.bucket(words, [(3, "0-3"), (10, "4-10"), (30, "11-30")], above: "31+"))")
        if casedLetters >= 8 {
            let percentage = capitals * 100 / casedLetters
            features.insert("meta:capitals-\(Self.bucket(percentage, [(9, "0-9%"), (29, "10-29%"), (59, "30-59%")], above: "60-100%"))")
        }
    }

    private static func bucket(_ value: Int, _ limits: [(Int, String)], above: String) -> String {
        limits.first { value <= $0.0 }?.1 ?? above
    }

    /// Splits the text at whitespace and reads each run: an address gives a host, anything else words.
    private mutating func readRuns(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        // Whether the run has an inner dot ("x.nl", not "klaar."), a ":" or an "@": only then
        // can it be an address, which takes a slower look.
        var mayBeAddress = false
        var previous: UInt32 = 0
        while index < bytes.count, words < Self.maximumWords {
            let (scalar, length) = Self.decode(bytes, at: index)
            if Self.isWhitespace(scalar) {
                readRun(bytes, from: start, to: index, mayBeAddress: mayBeAddress)
                start = index + length
                mayBeAddress = false
            } else if scalar == 0x3A || scalar == 0x40 || (previous == 0x2E && Self.isASCIIAlphanumeric(scalar)) {
                mayBeAddress = true
            }
            previous = scalar
            index += length
        }
        readRun(bytes, from: start, to: min(index, bytes.count), mayBeAddress: mayBeAddress)
    }

    private mutating func readRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, mayBeAddress: Bool) {
        guard start < end, words < Self.maximumWords else { return }
        if mayBeAddress {
            let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            switch LinkHost.kind(of: Substring(run)) {
            case .link(let host):
                features.insert("meta:link")
                if let host { features.insert("host:\(host)") }
                return
            case .email:
                features.insert("meta:email")
                return
            case .text:
                break
            }
        }
        var index = start
        while index < end {
            let (scalar, length) = Self.decode(bytes, at: index)
            read(scalar)
            index += length
        }
        endWord()
    }

    private mutating func read(_ value: UInt32) {
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                capitals += 1
                casedLetters += 1
                append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                casedLetters += 1
                append(byte)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                append(byte)
                digitRun += 1
                if digitRun == 7 { features.insert("meta:long-number") }
                return
            case UInt8(ascii: "'") where !word.isEmpty:
                break  // inside a word ("don't"): joins
            default:
                endWord()
            }
            digitRun = 0
            return
        }
        digitRun = 0
        guard let scalar = Unicode.Scalar(value) else { return }
        let properties = scalar.properties
        // A combining accent is folded away; a typographic apostrophe inside a word joins.
        if properties.generalCategory == .nonspacingMark || (value == 0x2019 && !word.isEmpty) { return }
        guard properties.isAlphabetic || properties.numericType != nil else {
            endWord()
            return
        }
        if properties.isUppercase { capitals += 1 }
        if properties.isUppercase || properties.isLowercase { casedLetters += 1 }
        if let folded = AccentFolding.folded(value) {
            append(folded)
        } else {
            append(Array(properties.lowercaseMapping.utf8))
        }
    }

    /// Adds one ASCII letter or digit.
    private mutating func append(_ byte: UInt8) {
        wordLength += 1
        if wordLength <= Self.maximumWordLength { word.append(byte) }
    }

    /// Adds one letter of several UTF-8 bytes (`ß` folds to "ss", counted as one letter).
    private mutating func append(_ letter: [UInt8]) {
        wordLength += 1
        if wordLength <= Self.maximumWordLength { word.append(contentsOf: letter) }
    }

    private mutating func endWord() {
        defer {
            word.removeAll(keepingCapacity: true)
            wordLength = 0
            digitRun = 0
        }
        guard wordLength > 0, words < Self.maximumWords else { return }
        guard wordLength <= Self.maximumWordLength else {
            features.insert("meta:long-word")
            previousWord = nil
            return
        }
        // One-letter words ("a", "I", "u") say nothing; bigrams join the words around them.
        guard wordLength >= 2 else { return }
        let text = String(decoding: word, as: UTF8.self)
        words += 1
        features.insert(text)
        if let previousWord { features.insert(previousWord + " " + text) }
        previousWord = text
    }

    // MARK: Bytes

    /// The scalar whose UTF-8 encoding starts at `index`, and its length (Swift strings are valid UTF-8).
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

    private static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
    }

    private static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
