import Foundation

/// Reads a feed date in whichever format it is written in.
///
/// Dialects do not stick to their own: RSS feeds put ISO dates in `pubDate`, and `dc:date` is
/// W3C-DTF inside RFC 822 feeds, so every date field accepts all of them: RFC 3339 and W3C-DTF,
/// RFC 822 with its real-world variants (asctime, Perforce's `2006/09/15`, North American zone
/// abbreviations), ISO 8601's compact forms (`031231`, `03335`), and the Greek, Hungarian and
/// Korean forms that feedparser's test suite knows. Impossible fields (hour 25, day 99) are refused.
enum FeedDate {
    static func parse(_ text: String) -> Date? {
        guard !text.isEmpty else { return nil }
        if let date = RFC3339.date(from: text) ?? RFC822.date(from: text) ?? CompactISO8601.date(from: text) {
            return date
        }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return LocalizedDate.date(from: text)
    }
}
