import Foundation
import Syndication
import Testing

/// The older dialects and the extensions for comments, each recognised by namespace.
@Suite("Dialects and extensions")
struct DialectTests {
    private func parse(_ document: String, origin: FeedOrigin = FeedOrigin()) throws -> ParsedFeed {
        try FeedParser().parse(Data(document.utf8), origin: origin)
    }

    @Test(arguments: [("0.91", FeedFormat.rss091u), ("0.92", .rss092), ("2.0", .rss2), ("2.01", .rss2), ("", .rssUnknown)])
    func rssVersions(version: String, format: FeedFormat) throws {
        let feed = try parse("<rss version=\"\(version)\"><channel><title>T</title><item><title>I</title></item></channel></rss>")
        #expect(feed.format == format)
        #expect(feed.entries.first?.title == "I")
    }

    @Test func rss1WithItemsBesideTheChannel() throws {
        let feed = try parse(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.nl/"><title>RDF</title><link>https://example.nl/</link></channel>
              <item rdf:about="https://example.nl/1"><title>Een</title><link>https://example.nl/1</link>
                <dc:date>2004-01-01T12:00:00+01:00</dc:date><dc:creator>Anna</dc:creator></item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rss1 && feed.title == "RDF")
        let item = try #require(feed.entries.first)
        #expect(item.id == "https://example.nl/1" && item.title == "Een")
        #expect(item.updated == (try Fixtures.date("2004-01-01T11:00:00Z")))
        #expect(item.authors == [FeedPerson(name: "Anna")])
    }

    @Test func rss090() throws {
        let feed = try parse(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
              <channel><title>Oud</title></channel><item><title>x</title><link>https://example.nl/x</link></item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rss090 && feed.entries.first?.alternateLink?.href == "https://example.nl/x")
    }

    @Test func atom03() throws {
        let feed = try parse(
            """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title mode="escaped" type="text/html">Caf&amp;eacute; &lt;b&gt;Atom&lt;/b&gt;</title>
              <tagline>Ondertitel</tagline><modified>2004-01-01T19:48:21Z</modified>
              <entry><title>E</title><issued>2003-12-31T10:00:00Z</issued><modified>2004-01-01T00:00:00Z</modified>
                <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">Hoi <b>daar</b></div></content>
                <summary mode="base64">SGFsbG8gPGI+d2VyZWxkPC9iPg==</summary>
                <author><name>Piet</name><url>https://example.nl/piet</url></author>
              </entry>
            </feed>
            """)
        #expect(feed.format == .atom03)
        #expect(feed.titleConstruct?.type == .html && feed.title == "Café Atom")
        #expect(feed.subtitle == "Ondertitel")
        #expect(feed.updated == (try Fixtures.date("2004-01-01T19:48:21Z")))
        let entry = try #require(feed.entries.first)
        #expect(entry.published == (try Fixtures.date("2003-12-31T10:00:00Z")))
        #expect(entry.content?.text == "<div>Hoi <b>daar</b></div>")
        #expect(entry.summary?.text == "Hallo <b>wereld</b>")
        #expect(entry.authors == [FeedPerson(name: "Piet", uri: "https://example.nl/piet")])
    }

    @Test func commentExtensionsInRSS() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
              <channel><title>T</title><item><title>I</title><comments>https://example.nl/i#reacties</comments>
                <wfw:commentRss>https://example.nl/i/feed</wfw:commentRss><slash:comments>12</slash:comments>
                <enclosure url="https://example.nl/a.mp3" length="12345" type="audio/mpeg"/>
                <category domain="https://example.nl/tags">klachten</category></item></channel>
            </rss>
            """)
        let item = try #require(feed.entries.first)
        #expect(item.commentsPage == "https://example.nl/i#reacties")
        #expect(item.commentFeed == "https://example.nl/i/feed")
        #expect(item.commentCount == 12)
        #expect(item.links.contains(FeedLink(href: "https://example.nl/a.mp3", rel: "enclosure", type: "audio/mpeg", length: 12345)))
        #expect(item.tags == [FeedCategory(term: "klachten", scheme: "https://example.nl/tags")])
    }

    @Test func atomThreading() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
              <author><name>Redactie</name></author><category term="columns"/>
              <entry><id>tag:example.nl,2026:c1</id><title>Reactie</title>
                <thr:in-reply-to ref="tag:example.nl,2026:post" href="https://example.nl/post" type="text/html"/>
                <link rel="replies" href="https://example.nl/c1/replies" thr:count="3"/><thr:total>3</thr:total>
              </entry>
            </feed>
            """)
        #expect(feed.authors == [FeedPerson(name: "Redactie")])
        #expect(feed.tags == [FeedCategory(term: "columns")])
        let entry = try #require(feed.entries.first)
        #expect(entry.inReplyTo == [FeedReplyReference(ref: "tag:example.nl,2026:post", href: "https://example.nl/post", type: "text/html")])
        #expect(entry.repliesLinks.first?.replyCount == 3)
        #expect(entry.totalReplies == 3)
    }

    @Test func entrySourceIsKeptApart() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Mine</title>
              <entry><id>e</id><title>Entry</title>
                <source><id>theirs</id><title>Theirs</title><link rel="self" href="https://other.example/feed"/></source>
              </entry>
            </feed>
            """)
        #expect(feed.title == "Mine" && feed.links.isEmpty)
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Entry" && entry.links.isEmpty)
        #expect(entry.source?.id == "theirs" && entry.source?.title?.text == "Theirs")
        #expect(entry.source?.links.first?.href == "https://other.example/feed")
    }
}
