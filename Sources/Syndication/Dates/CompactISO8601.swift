import Foundation

/// ISO 8601's compact and two-digit-year forms: `031231`, `03-12-31`, `-0312`, `-03-12`, `03335`
/// (a day of the year). Two-digit years are in the 2000s.
enum CompactISO8601 {
    static func date(from text: String) -> Date? {
        let trimmed = text.trimmingWhitespace
        guard trimmed.utf8.count <= 8 else { return nil }
        let digits = trimmed.filter { $0 != "-" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        let numbers = digits.compactMap { $0.wholeNumberValue }
        func value(_ range: Range<Int>) -> Int { numbers[range].reduce(0) { $0 * 10 + $1 } }
        let shape = trimmed.map { $0 == "-" ? "-" : "d" }.joined()
        switch shape {
        case "dddddd", "dd-dd-dd":  // YYMMDD
            return CivilTime(year: 2000 + value(0..<2), month: value(2..<4), day: value(4..<6)).date()
        case "-dddd", "-dd-dd":  // -YYMM
            return CivilTime(year: 2000 + value(0..<2), month: value(2..<4), day: 1).date()
        case "ddddd":  // YYDDD
            let year = 2000 + value(0..<2)
            let dayOfYear = value(2..<5)
            // Days 1-31 are refused: "22013" is more likely a mangled year than 13 January 2022.
            guard (32...366).contains(dayOfYear) else { return nil }
            let start = CivilTime.daysFromCivil(year: year, month: 1, day: 1) + dayOfYear - 1
            let (y, m, d) = CivilTime.civilFromDays(start)
            guard y == year else { return nil }
            return CivilTime(year: y, month: m, day: d).date()
        default:
            return nil
        }
    }
}
