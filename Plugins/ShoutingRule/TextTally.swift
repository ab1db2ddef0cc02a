/// The counts the shouting detector judges a text by, taken in one pass over its Unicode scalars.
///
/// Words (runs between whitespace) that are web or e-mail addresses are left out entirely:
/// `HTTPS://WWW.KPN.NL` is not shouting, and `!!!` inside a URL is not an exclamation.
///
/// Scalars rather than `Character`s: grapheme breaking made the pass several times slower, and
/// no grapheme cluster changes the count (a combining accent has no case of its own, so
/// `E` + `◌́` counts once, as a capital, just like `É`).
struct TextTally {
    /// Letters that have case (uppercase or lowercase); caseless scripts cannot shout.
    private(set) var casedLetters = 0
    /// Uppercase letters.
    private(set) var capitals = 0
    /// The most `!` in a row anywhere outside addresses.
    private(set) var longestExclamationRun = 0

    init(_ text: String) {
        var word = Word()
        for scalar in text.unicodeScalars {
            if Self.isWhitespace(scalar) {
                add(word)
                word = Word()
            } else {
                word.add(scalar)
            }
        }
        add(word)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    private mutating func add(_ word: Word) {
        guard !word.isAddress else { return }
        casedLetters += word.casedLetters
        capitals += word.capitals
        longestExclamationRun = max(longestExclamationRun, word.longestExclamationRun)
    }
}

extension TextTally {
    /// The counts of one word, kept apart until the word ends and is known not to be an address.
    private struct Word {
        var casedLetters = 0
        var capitals = 0
        var longestExclamationRun = 0
        /// Whether the word looks like a web address (`…://…`, `www.…`) or an e-mail address
        /// (`…@….…`). A false positive only leaves a word out of the count, which is harmless.
        private(set) var isAddress = false
        private var exclamationRun = 0
        private var sawAt = false
        // The last three ASCII bytes, lowercased, for spotting "://" and "www.".
        private var last3: UInt8 = 0
        private var last2: UInt8 = 0
        private var last1: UInt8 = 0

        mutating func add(_ scalar: Unicode.Scalar) {
            if scalar == "!" {
                exclamationRun += 1
                longestExclamationRun = max(longestExclamationRun, exclamationRun)
            } else {
                exclamationRun = 0
            }
            guard scalar.isASCII else {
                let properties = scalar.properties
                if properties.isUppercase {
                    capitals += 1
                    casedLetters += 1
                } else if properties.isLowercase {
                    casedLetters += 1
                }
                (last3, last2, last1) = (last2, last1, 0)
                return
            }
            // Most comment text is ASCII: no Unicode property lookups for it.
            var byte = UInt8(scalar.value)
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                capitals += 1
                casedLetters += 1
                byte |= 0x20
            } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                casedLetters += 1
            }
            noteAddressByte(byte)
        }

        private mutating func noteAddressByte(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "/") where last2 == UInt8(ascii: ":") && last1 == UInt8(ascii: "/"):
                isAddress = true
            case UInt8(ascii: ".") where sawAt:
                isAddress = true
            case UInt8(ascii: ".") where last3 == UInt8(ascii: "w") && last2 == UInt8(ascii: "w") && last1 == UInt8(ascii: "w"):
                isAddress = true
            case UInt8(ascii: "@"):
                sawAt = true
            default:
                break
            }
            (last3, last2, last1) = (last2, last1, byte)
        }
    }
}
