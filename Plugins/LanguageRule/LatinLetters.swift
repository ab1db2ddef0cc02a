/// The lowercase form of each letter from U+0080 to U+024F (Latin-1 Supplement, Latin
/// Extended-A and -B), or 0 for what is not a letter there (signs, `×`, no-break space).
///
/// Nearly every non-ASCII letter in a European comment is in this range: one table lookup
/// instead of Unicode property lookups, which made the scan several times slower. Lowercasing
/// drops combining marks, as the scan does elsewhere (`İ` becomes `i`).
enum LatinLetters {
    /// The first scalar after the table.
    static let tableEnd: UInt32 = 0x250

    /// Indexed by scalar value; entries below U+0080 are 0 and unused (ASCII has its own path).
    static let lowercase: [UInt32] = (0..<tableEnd).map { value in
        guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return 0 }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter:
            return scalar.properties.lowercaseMapping.unicodeScalars.first { !$0.isMark }?.value ?? 0
        case .lowercaseLetter, .modifierLetter, .otherLetter:
            return value
        default:
            return 0
        }
    }
}
