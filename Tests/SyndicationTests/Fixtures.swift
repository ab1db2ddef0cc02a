import Foundation
import Syndication

/// Shared fixtures: the sample feed on disk and small documents built inline.
enum Fixtures {
    /// `Feeds/columns.atom`, found from this file's location so tests run from any directory.
    static func columnsFeed() throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("Feeds/columns.atom"))
    }

    /// An Atom feed around the given entry markup (or any child elements of `feed`).
    static func atom(_ body: String, extraNamespaces: String = "") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"\(extraNamespaces)>
              <id>urn:example:feed</id>
              <title>Test</title>
              <updated>2026-01-01T00:00:00Z</updated>
            \(body)
            </feed>
            """.utf8
        )
    }

    /// An RSS 2.0 feed with one channel around the given item markup.
    static func rss(_ items: String, extraNamespaces: String = "") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"\(extraNamespaces)>
              <channel>
                <title>Test</title>
                <link>https://example.nl/</link>
                <description>Test feed</description>
            \(items)
              </channel>
            </rss>
            """.utf8
        )
    }

    /// Parses an ISO 8601 instant for expectations.
    static func date(_ text: String) throws -> Date {
        try Date(text, strategy: .iso8601)
    }
}
