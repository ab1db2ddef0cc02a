import Foundation

/// Dates in the Greek, Hungarian and Korean forms some feeds use, translated to RFC 822 or
/// W3C-DTF and read by those parsers. Korean dates without a zone are in Korea's (UTC+9).
enum LocalizedDate {
    private static let greekMonths = [
        "Ιαν": "Jan", "Φεβ": "Feb", "Μάώ": "Mar", "Μαώ": "Mar", "Απρ": "Apr", "Μάι": "May", "Μαϊ": "May", "Μαι": "May",
        "Ιούν": "Jun", "Ιον": "Jun", "Ιούλ": "Jul", "Ιολ": "Jul", "Αύγ": "Aug", "Αυγ": "Aug", "Σεπ": "Sep", "Οκτ": "Oct",
        "Νοέ": "Nov", "Νοε": "Nov", "Δεκ": "Dec",
    ]
    private static let greekDays = ["Κυρ": "Sun", "Δευ": "Mon", "Τρι": "Tue", "Τετ": "Wed", "Πεμ": "Thu", "Παρ": "Fri", "Σαβ": "Sat"]
    private static let hungarianMonths = [
        "január": "01", "február": "02", "március": "03", "április": "04", "május": "05", "június": "06",
        "július": "07", "augusztus": "08", "szeptember": "09", "október": "10", "november": "11", "december": "12",
    ]

    static func date(from text: String) -> Date? {
        greek(text) ?? hungarian(text) ?? korean(text)
    }

    /// `Κυρ, 11 Ιούλ 2004 12:00:00 EST`.
    private static func greek(_ text: String) -> Date? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let bare = String(word).trimmingCharacters(in: [","])
            let translated = greekMonths[bare] ?? greekDays[bare] ?? bare
            return word.hasSuffix(",") ? translated + "," : translated
        }
        let translated = words.joined(separator: " ")
        return translated == text ? nil : RFC822.date(from: translated)
    }

    /// `2004-július-13T9:15-05:00`.
    private static func hungarian(_ text: String) -> Date? {
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let month = hungarianMonths[String(parts[1]).lowercased()] else { return nil }
        var rest = String(parts[2])
        if let first = rest.first, first.isNumber, rest.dropFirst().first?.isNumber == false {
            rest = "0" + rest
        }
        return RFC3339.date(from: "\(parts[0])-\(month)-\(rest)")
    }

    /// `2004-05-25 오후 11:23:17` (Nate) and `2004년 05월 28일  01:31:15` (OnBlog), in Korean time.
    private static func korean(_ text: String) -> Date? {
        var normalized = text.replacingOccurrences(of: "년", with: "-").replacingOccurrences(of: "월", with: "-")
            .replacingOccurrences(of: "일", with: "")
        let afternoon = normalized.contains("오후")
        normalized = normalized.replacingOccurrences(of: "오후", with: "").replacingOccurrences(of: "오전", with: "")
        let fields = normalized.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).compactMap { Int($0) }
        guard fields.count == 6, normalized != text else { return nil }
        var hour = fields[3]
        if afternoon, hour < 12 {
            hour += 12
        }
        let time = CivilTime(year: fields[0], month: fields[1], day: fields[2], hour: hour, minute: fields[4], second: fields[5])
        return time.date(offsetSeconds: 9 * 3_600)
    }
}
