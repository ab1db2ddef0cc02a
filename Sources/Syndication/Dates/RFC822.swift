import Foundation

/// RFC 822 / RFC 2822 dates (RSS's), read leniently: `Fri, 27 Nov 2026 10:15:00 +0100`.
///
/// Accepted beyond the strict grammar, because real feeds write them: no day name, full month
/// names, two-digit years (00–49 are 2000s), no seconds, a `+01:00` offset, a trailing
/// `(comment)`, a missing zone (read as UTC), and common European zone names.
enum RFC822 {
    static func date(from text: String) -> Date? {
        var tokens = text.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = tokens.first, first.first?.isLetter == true {
            tokens.removeFirst()  // the day name; it adds nothing and is often wrong
        }
        guard tokens.count >= 4, let day = Int(tokens[0]), let month = month(named: tokens[1]), var year = Int(tokens[2]) else {
            return nil
        }
        if tokens[2].count <= 2 {
            year += year < 50 ? 2000 : 1900
        }
        let fields = tokens[3].split(separator: ":", omittingEmptySubsequences: false)
        let clock = fields.compactMap { Int($0) }
        guard clock.count == fields.count, (2...3).contains(clock.count) else { return nil }
        let time = CivilTime(year: year, month: month, day: day, hour: clock[0], minute: clock[1], second: clock.count == 3 ? clock[2] : 0)
        guard tokens.count > 4, !tokens[4].hasPrefix("(") else {
            return time.date()
        }
        guard let offset = offset(of: tokens[4]) else { return nil }
        return time.date(offsetSeconds: offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(named name: String) -> Int? {
        months.firstIndex(of: String(name.lowercased().prefix(3))).map { $0 + 1 }
    }

    /// Zone names in hours east of UTC. RFC 2822 says military letters other than Z carry no
    /// reliable meaning (RFC 822 got their signs backwards), so they are read as UTC.
    private static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3,
    ]

    private static func offset(of zone: String) -> Int? {
        if zone.first == "+" || zone.first == "-" {
            var scanner = DateScanner(zone)
            guard let seconds = scanner.numericOffset(), scanner.isAtEnd else { return nil }
            return seconds
        }
        let upper = zone.uppercased()
        if let hours = namedZones[upper] {
            return hours * 3_600
        }
        if upper.count == 1, let letter = upper.unicodeScalars.first, ("A"..."Z").contains(letter), letter != "J" {
            return 0
        }
        return nil
    }
}
