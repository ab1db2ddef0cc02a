/// Folds the accented Latin letters of U+00C0 to U+017F to lowercase ASCII: `É` → `e`,
/// `ß` → `ss`, `ĳ` → `ij`, `ł` → `l`.
///
/// A table built once, so that scanning a column's text costs one lookup per accented letter.
/// (The spam classifier has its own copy: rule modules share nothing but the SDK.)
enum AccentFolding {
    /// The first and the last scalar the table covers.
    static let range: ClosedRange<UInt32> = 0xC0...0x17F

    /// The folding of each scalar in ``range`` as UTF-8 (index `value - 0xC0`); empty for what
    /// is not a letter there (`×`, `÷`), which separates words.
    static let table: [[UInt8]] = range.map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return [] }
        let lower = scalar.properties.lowercaseMapping
        return Array((groups.first { $0.letters.contains(lower) }?.folded ?? lower).utf8)
    }

    /// The folded form of a scalar in ``range`` (empty for a non-letter), or nil outside it.
    static func folded(_ value: UInt32) -> [UInt8]? {
        range.contains(value) ? table[Int(value - range.lowerBound)] : nil
    }

    private static let groups: [(letters: Set<String>, folded: String)] = [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķĸ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉŋ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšſ", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ĳ", "ij"),
    ].map { (Set($0.0.map(String.init)), $0.1) }
}
