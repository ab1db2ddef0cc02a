/// Folds the accented Latin letters of U+00C0 to U+017F to lowercase ASCII: `É` → `e`,
/// `ß` → `ss`, `ĳ` → `ij`, `ł` → `l`.
///
/// So that "café" and "cafe", or "gratis" and "grátis", are one feature: spammers vary accents,
/// readers forget them. A table built once, because Foundation's diacritic folding is slow on
/// Linux and the classifier tokenizes every comment.
enum AccentFolding {
    /// The first and the last scalar the table covers.
    static let range: ClosedRange<UInt32> = 0xC0...0x17F

    /// The folding of each scalar in ``range`` (index `value - 0xC0`); empty for what is not a
    /// letter there (`×`, `÷`).
    static let table: [String] = range.map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return "" }
        let lower = scalar.properties.lowercaseMapping
        return groups.first { $0.letters.contains(lower) }?.folded ?? lower
    }

    /// ``table`` as UTF-8 bytes, for the feature extractor, which builds words from bytes.
    static let bytes: [[UInt8]] = table.map { Array($0.utf8) }

    /// The folded form of a letter in ``range`` as UTF-8, or nil for a scalar outside it.
    static func folded(_ value: UInt32) -> [UInt8]? {
        range.contains(value) ? bytes[Int(value - range.lowerBound)] : nil
    }

    private static let groups: [(letters: Set<String>, folded: String)] = [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķĸ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉŋ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšſ", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ĳ", "ij"),
    ].map { (Set($0.0.map(String.init)), $0.1) }
}
