/// Finds Dutch postal addresses: a postcode with a house number, on either side.
///
/// A postcode is four digits (not starting with 0) and two letters: `1234 AB` with capitals, or
/// `1234AB` written together in any case, so `in 2024 en 2025` is no postcode. It is an address
/// when a house number follows it (`1234AB 12`, `1234 AB, 12a`) or a street name and number
/// come before it (`Dorpsstraat 12, 1234 AB`). A postcode alone names a street, not a home,
/// and is left alone.
enum PostalAddressScanner {
    static func matches(in text: TextBytes) -> [PersonalDataMatch] {
        var found: [PersonalDataMatch] = []
        var index = 0
        while index < text.count {
            if let postcode = postcode(in: text, at: index) {
                let start = streetBefore(postcode.lowerBound, in: text) ?? postcode.lowerBound
                let end = houseNumberAfter(postcode.upperBound, in: text)
                if start < postcode.lowerBound || end != nil {
                    let masked = "postcode \(text.text(postcode.lowerBound..<(postcode.lowerBound + 2)))…"
                    found.append(PersonalDataMatch(range: start..<(end ?? postcode.upperBound), masked: masked))
                }
                index = postcode.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func postcode(in text: TextBytes, at start: Int) -> Range<Int>? {
        guard (1...4).allSatisfy({ text.isDigit(start + $0 - 1) }), !text.isByte(start, "0"), !text.isDigit(start + 4) else { return nil }
        guard !text.isWordByte(start - 1), !(text.isByte(start - 1, ".") || text.isByte(start - 1, ",")) || !text.isDigit(start - 2) else {
            return nil
        }
        var letters = start + 4
        let spaced = text.isByte(letters, " ")
        if spaced { letters += 1 }
        guard text.isASCIILetter(letters), text.isASCIILetter(letters + 1), !text.isWordByte(letters + 2) else { return nil }
        if spaced, !(text.isUppercase(letters) && text.isUppercase(letters + 1)) { return nil }
        // SA, SD and SS are never issued.
        let pair = String(decoding: [text[letters] & ~0x20, text[letters + 1] & ~0x20], as: UTF8.self)
        guard !["SA", "SD", "SS"].contains(pair) else { return nil }
        return start..<(letters + 2)
    }

    /// The end of a house number after the postcode (`1234AB 12`, `1234 AB, 12a`), or nil.
    private static func houseNumberAfter(_ end: Int, in text: TextBytes) -> Int? {
        var index = end
        if text.isByte(index, ",") { index += 1 }
        guard text.isByte(index, " ") else { return nil }
        index += 1
        guard let number = houseNumber(at: index, in: text) else { return nil }
        return number
    }

    /// The start of a street name and number before the postcode (`Dorpsstraat 12, `), or nil.
    private static func streetBefore(_ start: Int, in text: TextBytes) -> Int? {
        var index = start - 1
        guard text.isByte(index, " ") || text.isByte(index, "\n") else { return nil }
        index -= 1
        if text.isByte(index, ",") { index -= 1 }
        if text.isASCIILetter(index) { index -= 1 }  // 12a
        var digits = 0
        while text.isDigit(index) {
            digits += 1
            index -= 1
        }
        guard (1...5).contains(digits), !text.isByte(index + 1, "0"), text.isByte(index, " ") else { return nil }
        index -= 1
        var letters = 0
        while text.isLetter(index) {
            letters += 1
            index -= 1
        }
        return letters >= 3 ? index + 1 : nil
    }

    /// The end of a house number (1 to 5 digits, not starting with 0, maybe one letter) at `start`.
    private static func houseNumber(at start: Int, in text: TextBytes) -> Int? {
        var index = start
        while text.isDigit(index) { index += 1 }
        guard (1...5).contains(index - start), !text.isByte(start, "0") else { return nil }
        // "12:30" is a time, not a house number.
        if text.isByte(index, ":") || text.isByte(index, "."), text.isDigit(index + 1) { return nil }
        if text.isASCIILetter(index), !text.isWordByte(index + 1) { index += 1 }
        return text.isWordByte(index) ? nil : index
    }
}
