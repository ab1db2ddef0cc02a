/// Finds international bank account numbers (IBANs), written whole (`NL91ABNA0417164300`) or
/// in groups (`NL91 ABNA 0417 1643 00`), in any case.
///
/// A candidate must have its country's length and pass the ISO 13616 mod-97 check, so a
/// product code or a licence plate that starts with two letters and two digits is not one.
enum IBANScanner {
    static func matches(in text: TextBytes) -> [PersonalDataMatch] {
        var found: [PersonalDataMatch] = []
        var index = 0
        while index < text.count {
            if !text.isWordByte(index - 1), let match = iban(in: text, at: index) {
                found.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func iban(in text: TextBytes, at start: Int) -> PersonalDataMatch? {
        guard text.isASCIILetter(start), text.isASCIILetter(start + 1), text.isDigit(start + 2), text.isDigit(start + 3) else { return nil }
        let country = String(decoding: [text[start] & ~0x20, text[start + 1] & ~0x20], as: UTF8.self)
        guard let length = lengths[country] else { return nil }
        var characters: [UInt8] = []
        var index = start
        while characters.count < length {
            if text.isByte(index, " "), !characters.isEmpty, text.isASCIILetter(index + 1) || text.isDigit(index + 1) { index += 1 }
            guard text.isASCIILetter(index) || text.isDigit(index) else { return nil }
            characters.append(text.isASCIILetter(index) ? text[index] & ~0x20 : text[index])
            index += 1
        }
        guard !text.isWordByte(index), isValid(characters) else { return nil }
        let masked = "\(country)…\(String(decoding: characters.suffix(2), as: UTF8.self))"
        return PersonalDataMatch(range: start..<index, masked: masked)
    }

    /// The mod-97 check: the first four characters moved to the end, letters as 10 to 35, leave 1.
    static func isValid(_ characters: [UInt8]) -> Bool {
        var remainder = 0
        for byte in characters.dropFirst(4) + characters.prefix(4) {
            if byte >= UInt8(ascii: "A") {
                remainder = (remainder * 100 + Int(byte - UInt8(ascii: "A")) + 10) % 97
            } else {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            }
        }
        return remainder == 1
    }

    /// The IBAN length of each country in the SWIFT IBAN registry.
    private static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28, "CH": 21,
        "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
        "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
        "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
        "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]
}
