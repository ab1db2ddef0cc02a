import Foundation

/// The text SQLite columns hold for a date: exactly what GRDB writes for a `Date`
/// (`yyyy-MM-dd HH:mm:ss.SSS` in UTC, rounded to the millisecond), computed
/// directly.
///
/// Why: GRDB formats through one shared `DateFormatter` (ICU behind a lock). A comment's insert
/// formats its time five times and every history question once, on the path every comment
/// takes; the formatter was a few percent of the server's time under load, some of it inside
/// the single writer's transaction.
enum StorageTimestamp {
    private static let secondsFrom1970To2001 = 978_307_200.0
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// The stored text for `date`; equal to GRDB's `date.databaseValue` for every date from
    /// year 1 to 9999.
    static func text(_ date: Date) -> String {
        // The same arithmetic as Foundation's formatter, which hands ICU milliseconds since
        // 1970 computed from the reference date, plus half a millisecond; ICU takes the floor.
        let milliseconds = Int64(((date.timeIntervalSinceReferenceDate + secondsFrom1970To2001) * 1000 + 0.5).rounded(.down))
        var days = milliseconds / millisecondsPerDay
        var inDay = milliseconds % millisecondsPerDay
        if inDay < 0 {
            days -= 1
            inDay += millisecondsPerDay
        }
        let (year, month, day) = civilDate(daysSince1970: days)
        return String(unsafeUninitializedCapacity: 23) { buffer in
            var index = 0
            func put(_ value: Int64, digits: Int) {
                var value = value
                for offset in stride(from: digits - 1, through: 0, by: -1) {
                    buffer[index + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                index += digits
            }
            func put(_ character: Unicode.Scalar) {
                buffer[index] = UInt8(ascii: character)
                index += 1
            }
            put(year, digits: 4)
            put("-")
            put(month, digits: 2)
            put("-")
            put(day, digits: 2)
            put(" ")
            put(inDay / 3_600_000, digits: 2)
            put(":")
            put(inDay / 60_000 % 60, digits: 2)
            put(":")
            put(inDay / 1000 % 60, digits: 2)
            put(".")
            put(inDay % 1000, digits: 3)
            return index
        }
    }

    /// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    private static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
