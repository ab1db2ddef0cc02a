import Foundation
import Syndication

/// Parses a fetched document, refusing what is not a whole feed before anything is stored.
struct FetchedFeedParser {
    let fetched: FetchedFeed
    let maxBytes: Int

    /// Media types no feed is served as; `text/html` is let through because the parser tells a
    /// page from a feed served with the wrong type better than the header does.
    private static let refusedTypes = ["image/", "audio/", "video/", "font/", "application/json", "application/pdf", "application/zip"]

    func parse() throws -> ParsedFeed {
        let body = fetched.body ?? Data()
        let mediaType = fetched.headers["content-type"]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let mediaType, Self.refusedTypes.contains(where: { mediaType.hasPrefix($0) }) {
            throw FetchError.notAFeed("the server sent Content-Type \(mediaType)")
        }
        guard !body.isEmpty else { throw FetchError.notAFeed("the response is empty") }
        let origin = FeedOrigin(url: fetched.finalURL, headers: fetched.headers)
        let feed: ParsedFeed
        do {
            feed = try FeedParser(limits: .init(maxInputBytes: maxBytes)).parse(body, origin: origin)
        } catch {
            let text = String(describing: error)
            if text.lowercased().contains("html") { throw FetchError.notAFeed("an HTML page, not a feed (\(text))") }
            throw FetchError.notAFeed(text)
        }
        // Recovery mode reads what it can of a broken feed; a document whose root element never
        // closes is a download that broke off, and storing its first half would make the rest
        // look deleted.
        if !feed.isWellFormed, !Self.endsWithClosingRoot(body) {
            throw FetchError.notAFeed("the document is truncated (it ends before its root element closes)")
        }
        return feed
    }

    /// Whether the root element's end tag is in the document's last 64 KiB. Not necessarily at
    /// the very end: caching plugins append comments and CDNs scripts after it, and those feeds
    /// are complete.
    static func endsWithClosingRoot(_ body: Data) -> Bool {
        let tail = String(decoding: body.suffix(65_536), as: UTF8.self).lowercased()
        return ["</rss>", "</feed>", "rdf>"].contains { tail.contains($0) }
    }
}
