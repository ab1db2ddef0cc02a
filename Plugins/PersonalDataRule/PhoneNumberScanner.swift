/// Finds phone numbers: Dutch ones (`06-12345678`, `020-1234567`, `(020) 123 45 67`) and
/// international ones (`+31 6 1234 5678`, `+31 (0)20 1234567`, `0031 6 12345678`, `+44 20 7946 0958`).
///
/// A number is groups of digits joined by at most a space and one of `-`, `/` or `.`; it starts
/// with `0` or `+` where no word or number goes on (so not inside `€ 1.060`, `14:06` or
/// `NL91ABNA0417164300`). It is:
///
/// - Dutch: `0` then a non-zero digit, exactly 10 digits in whole groups; service numbers
///   (0800, 0900, 0906, 0909) and business numbers (088) are left alone;
/// - international: `+` and 8 to 15 digits, or `00` and 8 to 15 digits after it.
///
/// Dates (`06-12-2024`) are not numbers, and neither is a number right after a word such as
/// "ordernummer" or "factuur" in the same clause: order, invoice and customer numbers are
/// ordinary text in a complaint.
enum PhoneNumberScanner {
    static func matches(in text: TextBytes, excluding taken: [PersonalDataMatch]) -> [PersonalDataMatch] {
        var found: [PersonalDataMatch] = []
        var index = 0
        while index < text.count {
            if startsNumber(text, at: index), let range = number(in: text, at: index) {
                if !taken.overlaps(range), !follows(reference: text, at: index) {
                    found.append(PersonalDataMatch(range: range, masked: masked(text, range)))
                }
                index = range.upperBound
                continue
            }
            // Never start in the middle of a word or number.
            if text.isWordByte(index) {
                while index < text.count, text.isWordByte(index) { index += 1 }
            } else {
                index += 1
            }
        }
        return found
    }

    private static func startsNumber(_ text: TextBytes, at index: Int) -> Bool {
        let plus = text.isByte(index, "+") && text.isDigit(index + 1)
        let parenthesis = text.isByte(index, "(") && text.isByte(index + 1, "0")
        guard plus || parenthesis || text.isByte(index, "0") else { return false }
        guard !text.isWordByte(index - 1), !text.isByte(index - 1, "+") else { return false }
        // `1.06…`, `12-06…`, `14:06`: the rest of a number, a date or a time.
        let joiners: [Unicode.Scalar] = [".", ",", "-", "/", ":"]
        return !(text.isDigit(index - 2) && joiners.contains { text.isByte(index - 1, $0) })
    }

    /// The number starting at `start`, or nil.
    private static func number(in text: TextBytes, at start: Int) -> Range<Int>? {
        var groups: [Range<Int>] = []
        var separators: [UInt8] = []
        var digitCount = 0
        var index = start
        let international = text.isByte(index, "+")
        var openParenthesis = text.isByte(index, "(")
        if international || openParenthesis { index += 1 }
        while true {
            let groupStart = index
            while text.isDigit(index) { index += 1 }
            guard index > groupStart else { break }
            groups.append(groupStart..<index)
            digitCount += index - groupStart
            // No number has more digits. Stopping keeps "06-1 06-1 06-1 …" from being read to its end again and again.
            guard digitCount <= 17 else { break }
            var next = index
            if openParenthesis, text.isByte(next, ")") {
                next += 1
                openParenthesis = false
            }
            // "+31 (0)6": the trunk zero that international notation leaves out.
            if international, groups.count == 1 {
                let skip = text.isByte(next, " ") ? 1 : 0
                if text.isByte(next + skip, "("), text.isByte(next + skip + 1, "0"), text.isByte(next + skip + 2, ")") { next += skip + 3 }
            }
            let separatorStart = next
            var separator: UInt8 = 0x20
            if text.isByte(next, " ") { next += 1 }
            if text.isByte(next, "-") || text.isByte(next, "/") || text.isByte(next, ".") {
                separator = text[next]
                next += 1
                if text.isByte(next, " ") { next += 1 }
            }
            guard next > separatorStart || next > index, text.isDigit(next) || text.isByte(next, "(") && text.isDigit(next + 1) else { break }
            if text.isByte(next, "(") {
                next += 1
                openParenthesis = true
            }
            separators.append(separator)
            index = next
        }
        guard !groups.isEmpty, !isDate(groups, separators) else { return nil }
        let digits = groups.flatMap { text.bytes[$0] }
        let end: Int?
        if international {
            end = prefix(of: groups, digits: 8...15)
        } else if digits.starts(with: Array("00".utf8)) {
            end = digits.count > 2 && digits[2] != UInt8(ascii: "0") ? prefix(of: groups, digits: 10...17) : nil
        } else if digits.count > 1, digits[1] != UInt8(ascii: "0"), !isServiceNumber(digits) {
            end = exactPrefix(of: groups, digits: 10)
        } else {
            end = nil
        }
        guard let end, !text.isLetter(end) else { return nil }
        return start..<end
    }

    /// The end of the longest run of whole groups whose digits fit `allowed`.
    private static func prefix(of groups: [Range<Int>], digits allowed: ClosedRange<Int>) -> Int? {
        var total = 0
        var end: Int?
        for group in groups {
            total += group.count
            guard total <= allowed.upperBound else { break }
            if allowed.contains(total) { end = group.upperBound }
        }
        return end
    }

    /// The end of the whole groups holding exactly `digits` digits.
    private static func exactPrefix(of groups: [Range<Int>], digits: Int) -> Int? {
        var total = 0
        for group in groups {
            total += group.count
            if total == digits { return group.upperBound }
            if total > digits { return nil }
        }
        return nil
    }

    /// `6-12-2024`, `06/12/2024`, `06.12.2024`.
    private static func isDate(_ groups: [Range<Int>], _ separators: [UInt8]) -> Bool {
        guard groups.count >= 3, separators[0] != 0x20, separators[0] == separators[1] else { return false }
        return groups[0].count <= 2 && groups[1].count <= 2 && groups[2].count == 4
    }

    private static func isServiceNumber(_ digits: [UInt8]) -> Bool {
        serviceNumberPrefixes.contains { digits.starts(with: $0) }
    }

    private static let serviceNumberPrefixes = ["0800", "0900", "0906", "0909", "088"].map { Array($0.utf8) }

    /// Whether a word such as "ordernummer" comes before the number in the same clause.
    private static func follows(reference text: TextBytes, at start: Int) -> Bool {
        var from = start
        // Back to the start of the clause, at most 30 bytes.
        while from > 0, start - from < 30 {
            let byte = text[from - 1]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0x0A {
                break
            }
            if byte == UInt8(ascii: "."), text.isByte(from, " ") { break }
            from -= 1
        }
        let clause = String(decoding: text.bytes[from..<start], as: UTF8.self).lowercased()
        return referenceWords.contains { clause.contains($0) }
    }

    /// Words that introduce a number that is not a phone number.
    private static let referenceWords = [
        "order", "bestel", "klantnummer", "klantnr", "klant-nr", "factuur", "referentie", "kenmerk", "dossier", "zaaknummer",
        "ticket", "pakket", "track", "artikel", "polis", "contractnummer", "invoice", "reference",
    ]

    /// The first three characters and the last two digits: `06-…78`.
    private static func masked(_ text: TextBytes, _ range: Range<Int>) -> String {
        let number = text.text(range)
        return "\(number.prefix(3))…\(number.suffix(2))"
    }
}
