import Foundation

/// RFC 822 / RFC 2822 dates (RSS's), read leniently: `Fri, 27 Nov 2026 10:15:00 +0100`.
///
/// Accepted beyond the strict grammar, because real feeds write them: no day name, full month
/// names, two-digit years (00–49 are 2000s), no seconds or no time at all, a `+01:00` or
/// `GMT+01:00` offset, a trailing `(comment)`, a missing zone (read as UTC), common European and
/// North American zone names, asctime's order (`Sun Jan  4 16:29:06 2004`, also with the zone
/// before the year) and Perforce's `2006/09/15 08:19:53 EDT`.
enum RFC822 {
    static func date(from text: String) -> Date? {
        if let date = canonicalDate(text) {
            return date
        }
        // Split on spaces and commas, on the bytes: Foundation's string functions are slow per date.
        var tokens = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            .map { String(Substring($0)) }
        if let first = tokens.first, first.first?.isLetter == true, month(named: first) == nil {
            tokens.removeFirst()  // the day name; it adds nothing and is often wrong
        }
        guard let fields = Fields(tokens) else { return nil }
        guard let day = Int(fields.day), let month = month(named: fields.month), fields.year.allSatisfy(\.isNumber), var year = Int(fields.year)
        else { return nil }
        if fields.year.count <= 2 {
            year += year < 50 ? 2000 : 1900
        }
        var time = CivilTime(year: year, month: month, day: day)
        if let clockToken = fields.clock {
            let parts = clockToken.split(separator: ":", omittingEmptySubsequences: false)
            let clock = parts.compactMap { Int($0) }
            guard clock.count == parts.count, (2...3).contains(clock.count) else { return nil }
            time.hour = clock[0]
            time.minute = clock[1]
            time.second = clock.count == 3 ? clock[2] : 0
        }
        guard let zone = fields.zone, !zone.hasPrefix("(") else {
            return time.date()
        }
        guard let offset = offset(of: zone) else { return nil }
        return time.date(offsetSeconds: offset)
    }

    /// The form nearly every feed writes, `Thu, 01 Jan 2026 00:00:00 +0000` (or `GMT` for the
    /// zone), read straight from the bytes: the lenient reader below splits the text into
    /// strings, which cost more than the rest of an RSS item. `nil` for anything else, which then
    /// goes through the lenient reader (and reads the same).
    private static func canonicalDate(_ text: String) -> Date? {
        var copy = text
        return copy.withUTF8 { bytes -> Date? in
            guard bytes.count == 31 || bytes.count == 29, bytes[3] == UInt8(ascii: ","), bytes[4] == 0x20, bytes[7] == 0x20, bytes[11] == 0x20,
                bytes[16] == 0x20, bytes[19] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"), bytes[25] == 0x20,
                dayNames.contains(where: { $0.elementsEqual(bytes[0..<3]) })
            else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            let monthName = (bytes[8] | 0x20, bytes[9] | 0x20, bytes[10] | 0x20)
            guard let month = monthBytes.firstIndex(where: { $0 == monthName }), let day = number(5..<7), let year = number(12..<16),
                let hour = number(17..<19), let minute = number(20..<22), let second = number(23..<25)
            else { return nil }
            var offset = 0
            if bytes.count == 31 {
                guard bytes[26] == UInt8(ascii: "+") || bytes[26] == UInt8(ascii: "-"), let hours = number(27..<29), let minutes = number(29..<31),
                    hours < 24, minutes < 60
                else { return nil }
                offset = (hours * 3_600 + minutes * 60) * (bytes[26] == UInt8(ascii: "-") ? -1 : 1)
            } else {
                guard bytes[26] == UInt8(ascii: "G"), bytes[27] == UInt8(ascii: "M"), bytes[28] == UInt8(ascii: "T") else { return nil }
            }
            return CivilTime(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second).date(offsetSeconds: offset)
        }
    }

    private static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { Array($0.utf8) }
    private static let monthBytes = months.map { name in
        let bytes = Array(name.utf8)
        return (bytes[0], bytes[1], bytes[2])
    }

    /// The date's tokens sorted into their roles, whichever of the three orders they came in.
    private struct Fields {
        var day: String
        var month: String
        var year: String
        var clock: String?
        var zone: String?

        init?(_ tokens: [String]) {
            guard let first = tokens.first else { return nil }
            if first.containsBytes("/") {
                let parts = first.split(separator: "/").map(String.init)
                guard parts.count == 3, let monthNumber = Int(parts[1]), (1...12).contains(monthNumber) else { return nil }
                (year, month, day) = (parts[0], RFC822.months[monthNumber - 1], parts[2])
                clock = tokens.dropFirst().first
                zone = tokens.dropFirst(2).first
            } else if RFC822.month(named: first) != nil {
                guard tokens.count >= 3 else { return nil }
                (month, day) = (first, tokens[1])
                var year: String?
                for token in tokens.dropFirst(2) {
                    if token.containsBytes(":") && clock == nil {
                        clock = token
                    } else if token.count == 4, token.allSatisfy(\.isNumber), year == nil {
                        year = token
                    } else if zone == nil {
                        zone = token
                    }
                }
                guard let year else { return nil }
                self.year = year
            } else {
                guard tokens.count >= 3 else { return nil }
                (day, month, year) = (tokens[0], tokens[1], tokens[2])
                clock = tokens.count > 3 ? tokens[3] : nil
                zone = tokens.count > 4 ? tokens[4] : nil
            }
        }
    }

    /// Writes `Fri, 27 Nov 2026 10:15:00 +0000`: UTC with a numeric zone, which every reader
    /// understands (RSS 2.0 recommends numeric zones over names).
    static func string(from date: Date) -> String {
        let time = CivilTime(date)
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]  // 1970-01-01 was a Thursday
        let month = months[time.month - 1].capitalized
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(weekday), \(pad(time.day)) \(month) \(time.year) \(pad(time.hour)):\(pad(time.minute)):\(pad(time.second)) +0000"
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func month(named name: String) -> Int? {
        guard name.count >= 3, name.allSatisfy(\.isLetter) else { return nil }
        return months.firstIndex(of: String(name.lowercased().prefix(3))).map { $0 + 1 }
    }

    /// Zone names in hours east of UTC. RFC 2822 says military letters other than Z carry no
    /// reliable meaning (RFC 822 got their signs backwards), so they are read as UTC.
    private static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "AT": -4, "ET": -5, "CT": -6, "MT": -7, "PT": -8, "AST": -4, "ADT": -3, "AKST": -9, "AKDT": -8, "HST": -10,
        "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3,
    ]

    private static func offset(of written: String) -> Int? {
        var zone = written.uppercased()
        if zone.hasPrefix("ETC/") {
            zone.removeFirst(4)
        }
        for prefix in ["GMT", "UTC"] where zone.hasPrefix(prefix) && zone.count > prefix.count {
            zone.removeFirst(prefix.count)
        }
        if zone.first == "+" || zone.first == "-" {
            var scanner = DateScanner(zone)
            guard let seconds = scanner.numericOffset(), scanner.isAtEnd else { return nil }
            return seconds
        }
        if let hours = namedZones[zone] {
            return hours * 3_600
        }
        if zone.count == 1, let letter = zone.unicodeScalars.first, ("A"..."Z").contains(letter), letter != "J" {
            return 0
        }
        return nil
    }
}
