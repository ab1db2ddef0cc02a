import Foundation

/// HTTP dates (RFC 9110, section 5.6.7), for `Last-Modified` and `If-Modified-Since`.
///
/// ```swift
/// HTTPDate.string(from: date)                       // "Fri, 27 Nov 2026 10:15:00 GMT"
/// HTTPDate.date(from: "Fri, 27 Nov 2026 10:15:00 GMT")
/// ```
public enum HTTPDate {
    /// The preferred IMF-fixdate form, always in GMT.
    public static func string(from date: Date) -> String {
        String(RFC822.string(from: date).dropLast(5)) + "GMT"
    }

    /// Reads IMF-fixdate and, as RFC 9110 asks recipients to, the obsolete RFC 850 and asctime
    /// forms; nil for anything else.
    public static func date(from text: String) -> Date? {
        RFC822.date(from: text.replacingOccurrences(of: "-", with: " "))
    }
}
