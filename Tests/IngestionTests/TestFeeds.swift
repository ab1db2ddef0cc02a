import Foundation

/// Feeds the fixture server serves: a column feed whose entries name comment feeds, and those.
enum TestFeeds {
    /// An Atom feed of `entries` columns; entry `n` links to its comment feed at `commentBase/n`.
    static func columns(_ entries: [(id: String, title: String, body: String)], commentBase: String? = nil) -> String {
        let items = entries.enumerated().map { index, entry in
            let replies = commentBase.map { #"<link rel="replies" type="application/atom+xml" href="\#($0)/\#(index)"/>"# } ?? ""
            return """
                <entry>
                  <id>\(entry.id)</id>
                  <title>\(entry.title)</title>
                  <link rel="alternate" href="https://columns.example/\(entry.id.split(separator: ":").last ?? "x")"/>
                  <author><name>Schrijver \(index)</name></author>
                  <category term="Bakkerij"/>
                  <published>2026-11-0\(index % 9 + 1)T10:00:00Z</published>
                  <updated>2026-11-0\(index % 9 + 1)T10:00:00Z</updated>
                  <content type="html">&lt;p&gt;\(entry.body)&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content>
                  \(replies)
                </entry>
                """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Vakblad</title>
              <id>urn:test:vakblad</id>
              <updated>2026-11-09T10:00:00Z</updated>
            \(items.joined(separator: "\n"))
            </feed>
            """
    }

    /// An RSS comment feed with one item per comment.
    static func comments(_ comments: [(id: String, author: String, text: String)]) -> String {
        let items = comments.map { comment in
            """
            <item>
              <guid isPermaLink="false">\(comment.id)</guid>
              <title>Reactie van \(comment.author)</title>
              <dc:creator>\(comment.author)</dc:creator>
              <pubDate>Mon, 09 Nov 2026 12:00:00 +0000</pubDate>
              <description>\(comment.text)</description>
            </item>
            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Reacties</title>
                <link>https://columns.example/</link>
                <description>Reacties</description>
            \(items.joined(separator: "\n"))
              </channel>
            </rss>
            """
    }

    /// An RSS feed with a `ttl` and the Syndication module's update period.
    static func rss(ttl: Int?, updatePeriod: String?) -> String {
        """
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
          <channel>
            <title>T</title><link>https://columns.example/</link><description>d</description>
            \(ttl.map { "<ttl>\($0)</ttl>" } ?? "")
            \(updatePeriod.map { "<sy:updatePeriod>\($0)</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>" } ?? "")
            <item><guid>urn:x:1</guid><title>Een</title><description>tekst</description></item>
          </channel>
        </rss>
        """
    }

    static let htmlPage = """
        <!DOCTYPE html>
        <html><head><title>Oops</title></head><body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>
        """
}
