/// A body as UTF-8 bytes, with the character tests the scanners share.
///
/// Personal data is written in ASCII (digits, Latin letters, `@`, `+`), so the scanners work on
/// bytes; every byte of a non-ASCII character counts as a letter, so that `é06…` is not a
/// number's start.
struct TextBytes {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    func isDigit(_ index: Int) -> Bool {
        let byte = self[index]
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    func isASCIILetter(_ index: Int) -> Bool {
        let byte = self[index] | 0x20
        return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    func isUppercase(_ index: Int) -> Bool {
        let byte = self[index]
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// A letter of any script (non-ASCII bytes count as letters).
    func isLetter(_ index: Int) -> Bool {
        isASCIILetter(index) || self[index] >= 0x80
    }

    /// Part of a word: a letter or a digit.
    func isWordByte(_ index: Int) -> Bool {
        isDigit(index) || isLetter(index)
    }

    func isByte(_ index: Int, _ character: Unicode.Scalar) -> Bool {
        self[index] == UInt8(ascii: character)
    }

    /// The text of a range, for masking.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

/// Personal data found in a body: where it is and how a reason may quote it.
struct PersonalDataMatch {
    /// The bytes it covers, so that one number is not found twice (an IBAN's digits are no phone number).
    var range: Range<Int>
    /// A masked form for the reason: enough to recognise it, too little to use it (`06-…78`).
    var masked: String
}

extension [PersonalDataMatch] {
    /// Whether a range overlaps one of these matches.
    func overlaps(_ range: Range<Int>) -> Bool {
        contains { $0.range.overlaps(range) }
    }
}
