/// The writing system of a letter, as far as the language rule needs to know it.
///
/// The n-gram model knows ten languages written in Latin letters. Text in another script is
/// told by the script alone: a script used by one language names it (Greek, Korean, Thai…), a
/// script shared by many (Cyrillic, Arabic) is named as a script. Han and kana count together,
/// so that Japanese with its kanji is one group.
enum Script: Int, CaseIterable {
    case latin, greek, cyrillic, hebrew, arabic, devanagari, thai, hangul, cjk, other

    /// The script of a letter (not of a digit, space or sign: the caller asks for letters only).
    init(letter scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x00...0x024F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A: self = .latin
        case 0x0370...0x03FF, 0x1F00...0x1FFF: self = .greek
        case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x0590...0x05FF, 0xFB1D...0xFB4F: self = .hebrew
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x0900...0x097F: self = .devanagari
        case 0x0E00...0x0E7F: self = .thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
            self = .cjk
        default: self = .other
        }
    }

    /// Whether the scalar is kana, which tells Japanese from Chinese in the `cjk` group.
    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(scalar.value) || (0x31F0...0x31FF).contains(scalar.value) || (0xFF66...0xFF9F).contains(scalar.value)
    }

    /// The language code and name for text mostly in this script; no code when the script is
    /// shared by many languages. Not for `latin`, which the n-gram model judges.
    func language(hasKana: Bool) -> (code: String?, name: String) {
        switch self {
        case .latin: (nil, "Latin script")
        case .greek: ("el", "Greek")
        case .cyrillic: (nil, "Cyrillic script")
        case .hebrew: ("he", "Hebrew")
        case .arabic: (nil, "Arabic script")
        case .devanagari: (nil, "Devanagari script")
        case .thai: ("th", "Thai")
        case .hangul: ("ko", "Korean")
        case .cjk: hasKana ? ("ja", "Japanese") : ("zh", "Chinese")
        case .other: (nil, "a script the rule does not know")
        }
    }

    /// The codes of the languages told by their script alone.
    static let languageCodes = ["el", "he", "ja", "ko", "th", "zh"]
}
