import Foundation
import Syndication
import Testing

@Suite("RSS 2.0")
struct RSSParsingTests {
    private static let feed = Data(
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Klantverhalen</title>
            <link>https://verhalen.example.nl/</link>
            <description>Verhalen van klanten</description>
            <pubDate>Sat, 14 Nov 2026 09:00:00 +0100</pubDate>
            <lastBuildDate>Sun, 15 Nov 2026 10:00:00 GMT</lastBuildDate>
            <atom:link rel="self" type="application/rss+xml" href="https://verhalen.example.nl/rss"/>
            <image><title>Not the feed title</title><url>https://verhalen.example.nl/logo.png</url></image>
            <item>
              <title>De fietsenmaker</title>
              <link>https://verhalen.example.nl/fietsenmaker</link>
              <guid isPermaLink="false">verhalen-42</guid>
              <description><![CDATA[<p>Kort & <b>krachtig</b></p>]]></description>
              <content:encoded><![CDATA[<p>Het hele verhaal.</p>]]></content:encoded>
              <dc:creator>Joost Hendriks</dc:creator>
              <dc:subject>verwachtingen</dc:subject>
              <category>klantbeleving</category>
              <pubDate>Fri, 13 Nov 2026 08:30:00 +0100</pubDate>
              <enclosure url="https://verhalen.example.nl/fiets.mp3" type="audio/mpeg" length="1234"/>
            </item>
            <item>
              <title>De bakker</title>
              <guid>https://verhalen.example.nl/bakker</guid>
              <author>anouk@example.nl (Anouk de Boer)</author>
              <dc:date>2026-11-12T07:00:00Z</dc:date>
              <description>Zonder CDATA: &lt;i&gt;ook goed&lt;/i&gt;</description>
            </item>
          </channel>
        </rss>
        """.utf8
    )

    @Test func channel() throws {
        let feed = try FeedParser().parse(Self.feed)
        #expect(feed.format == .rss2)
        #expect(feed.title == "Klantverhalen")
        #expect(feed.subtitle == "Verhalen van klanten")
        #expect(feed.id == nil)
        #expect(feed.updated == (try Fixtures.date("2026-11-15T10:00:00Z")))
        #expect(feed.published == (try Fixtures.date("2026-11-14T08:00:00Z")))
        #expect(feed.links.map(\.rel) == ["alternate", "self"])
        #expect(feed.problems.isEmpty)
    }

    @Test func itemWithExtensions() throws {
        let item = try #require(try FeedParser().parse(Self.feed).entries.first)
        #expect(item.id == "verhalen-42")
        #expect(item.title == "De fietsenmaker")
        #expect(item.alternateLink?.href == "https://verhalen.example.nl/fietsenmaker")
        #expect(item.links.contains(FeedLink(href: "https://verhalen.example.nl/fiets.mp3", rel: "enclosure", type: "audio/mpeg", length: 1234)))
        #expect(item.summary == FeedContent(text: "<p>Kort & <b>krachtig</b></p>", type: .html))
        #expect(item.content == FeedContent(text: "<p>Het hele verhaal.</p>", type: .html))
        #expect(item.authors == [FeedPerson(name: "Joost Hendriks")])
        #expect(item.categories == ["verwachtingen", "klantbeleving"])
        #expect(item.published == (try Fixtures.date("2026-11-13T07:30:00Z")))
    }

    @Test func permalinkGuidAuthorAndDublinCoreDate() throws {
        let item = try FeedParser().parse(Self.feed).entries[1]
        #expect(item.id == "https://verhalen.example.nl/bakker")
        #expect(item.alternateLink?.href == "https://verhalen.example.nl/bakker")
        #expect(item.authors == [FeedPerson(name: "Anouk de Boer", email: "anouk@example.nl")])
        #expect(item.published == nil)
        #expect(item.updated == (try Fixtures.date("2026-11-12T07:00:00Z")))
        #expect(item.summary?.text == "Zonder CDATA: <i>ook goed</i>")
    }

    @Test(arguments: [
        ("Fri, 27 Nov 2026 10:15:00 +0100", "2026-11-27T09:15:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 -0330", "2026-11-27T13:45:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 GMT", "2026-11-27T10:15:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 UT", "2026-11-27T10:15:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 EST", "2026-11-27T15:15:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 PDT", "2026-11-27T17:15:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 CEST", "2026-11-27T08:15:00Z"),
        ("Fri, 27 Nov 2026 10:15:00 Z", "2026-11-27T10:15:00Z"),
        ("27 Nov 2026 10:15 +0000", "2026-11-27T10:15:00Z"),
        ("Friday, 27 November 26 10:15:00 +01:00", "2026-11-27T09:15:00Z"),
        ("Fri, 1 Jan 1999 00:00:00 +0000 (UTC)", "1999-01-01T00:00:00Z"),
        ("Sat, 29 Feb 2020 12:00:00 GMT", "2020-02-29T12:00:00Z"),
        ("2026-11-27T10:15:00+01:00", "2026-11-27T09:15:00Z"),
    ])
    func rfc822Dates(written: String, expected: String) throws {
        let feed = try FeedParser().parse(Fixtures.rss("<item><title>x</title><pubDate>\(written)</pubDate></item>"))
        #expect(feed.entries.first?.published == (try Fixtures.date(expected)))
        #expect(feed.problems.isEmpty)
    }

    @Test(arguments: ["Fri, 31 Nov 2026 10:15:00 GMT", "yesterday", "Fri, 27 Nov 2026 25:00:00 GMT", "Fri, 27 Nov 2026 10:15:00 XYZ"])
    func unreadableDatesBecomeProblems(written: String) throws {
        let feed = try FeedParser().parse(Fixtures.rss("<item><title>x</title><pubDate>\(written)</pubDate></item>"))
        #expect(feed.entries.first?.published == nil)
        #expect(feed.problems.count == 1)
        #expect(feed.problems.first?.contains("Unreadable date") == true)
    }
}
