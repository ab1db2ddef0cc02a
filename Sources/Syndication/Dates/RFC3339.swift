import Foundation

/// RFC 3339 dates (Atom's), read leniently as W3C-DTF and written strictly in UTC.
enum RFC3339 {
    /// Reads `2026-11-27T10:15:00Z`, `2026-11-27t10:15:00.5+01:00`, and W3C-DTF's shorter forms
    /// used by `dc:date`: no seconds, a `+0100` offset, or a date alone (read as midnight UTC).
    /// A missing zone is read as UTC. Real feeds also write a space before the offset, a one-digit
    /// hour, and a zero-padded three-digit month (`2003-012-31`); those are accepted too.
    static func date(from text: String) -> Date? {
        var scanner = DateScanner(text.trimmingWhitespace)
        guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
        var time = CivilTime(year: year, month: 1, day: 1)
        if scanner.skip(UInt8(ascii: "-")) {
            guard let month = scanner.number(minDigits: 2, maxDigits: 3) else { return nil }
            time.month = month
            if scanner.skip(UInt8(ascii: "-")) {
                guard let day = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
                time.day = day
            }
        }
        guard scanner.take(oneOf: "Tt ") != nil else {
            return scanner.isAtEnd ? time.date() : nil
        }
        guard let hour = scanner.number(minDigits: 1, maxDigits: 2), scanner.skip(UInt8(ascii: ":")),
            let minute = scanner.number(minDigits: 2, maxDigits: 2)
        else { return nil }
        time.hour = hour
        time.minute = minute
        var fraction = 0.0
        if scanner.skip(UInt8(ascii: ":")) {
            guard let second = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
            time.second = second
            if scanner.skip(UInt8(ascii: ".")) || scanner.skip(UInt8(ascii: ",")) {
                fraction = scanner.fraction()
            }
        }
        var offset = 0
        _ = scanner.skip(UInt8(ascii: " "))
        if scanner.take(oneOf: "Zz") == nil, !scanner.isAtEnd {
            guard let numeric = scanner.numericOffset() else { return nil }
            offset = numeric
        }
        guard scanner.isAtEnd else { return nil }
        return time.date(offsetSeconds: offset, fraction: fraction)
    }

    /// Writes `2026-11-27T10:15:00Z`: UTC, whole seconds.
    static func string(from date: Date) -> String {
        let time = CivilTime(date)
        return "\(pad(time.year, 4))-\(pad(time.month))-\(pad(time.day))T\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second))Z"
    }

    /// Writes `2026-11-27`, the UTC day of an instant.
    static func dayString(from date: Date) -> String {
        let time = CivilTime(date)
        return "\(pad(time.year, 4))-\(pad(time.month))-\(pad(time.day))"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
