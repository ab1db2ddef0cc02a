import Foundation

/// Dates on the pages: `2026-11-27 14:05 UTC`, the same for every reader and easy to compare.
enum WebDates {
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The machine-readable form for `<time datetime>`.
    static func machine(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
