import Foundation

/// Reads a feed date in whichever of the two formats it is written in.
///
/// Dialects do not stick to their own: RSS feeds put ISO dates in `pubDate`, and `dc:date` is
/// W3C-DTF inside RFC 822 feeds, so every date field accepts both. RFC 3339 is tried first; it
/// gives up at the first character of an RFC 822 date, which never starts with a four-digit year.
enum FeedDate {
    static func parse(_ text: String) -> Date? {
        RFC3339.date(from: text) ?? RFC822.date(from: text)
    }
}
