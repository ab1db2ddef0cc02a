import Foundation
import Syndication
import Testing

@Suite("AtomFeedWriter")
struct AtomFeedWriterTests {
    private static func document() throws -> FeedDocument {
        let published = try Fixtures.date("2026-11-27T10:15:30Z")
        let entry = FeedDocument.Entry(
            id: TagURI(authority: "stempel.example", date: published, specific: "column/de-bakker").description,
            title: "<script>alert(\"x\")</script> & Zn",
            published: published,
            updated: published.addingTimeInterval(3_600.7),
            author: .init(name: "Jan & Piet", email: "jan@example.nl"),
            categories: ["klachten", "a\"b<c"],
            summary: .text("Kort: 1 < 2 & 3 > 2"),
            content: .html("<p>Hallo &amp; welkom</p>"),
            alternateLink: "https://columns.example.nl/columns/de-bakker?a=1&b=\"2\"",
            replies: .init(count: 3, href: "https://columns.example.nl/columns/de-bakker#reacties", type: "text/html", updated: published)
        )
        return FeedDocument(
            id: "tag:stempel.example,2026-01-01:columns",
            title: "Columns & <reacties>",
            subtitle: "Ondertitel",
            selfLink: "https://stempel.example/feeds/columns.atom",
            alternateLink: "https://columns.example.nl/",
            updated: published.addingTimeInterval(7_200),
            author: .init(name: "Redactie"),
            entries: [entry, .init(id: "urn:example:2", title: "Tweede", updated: published)]
        )
    }

    @Test func escapesMarkupInStringsAndAttributes() throws {
        let xml = AtomFeedWriter().string(from: try Self.document())
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("<title>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; Zn</title>"))
        #expect(xml.contains("<title>Columns &amp; &lt;reacties&gt;</title>"))
        #expect(xml.contains("href=\"https://columns.example.nl/columns/de-bakker?a=1&amp;b=&quot;2&quot;\""))
        #expect(xml.contains("<category term=\"a&quot;b&lt;c\"/>"))
        #expect(xml.contains("<content type=\"html\">&lt;p&gt;Hallo &amp;amp; welkom&lt;/p&gt;</content>"))
    }

    @Test func datesAreRFC3339InUTCAndRepliesUseTheThreadNamespace() throws {
        let xml = AtomFeedWriter().string(from: try Self.document())
        #expect(xml.contains("<published>2026-11-27T10:15:30Z</published>"))
        #expect(xml.contains("<updated>2026-11-27T11:15:30Z</updated>"))
        #expect(xml.contains("xmlns:thr=\"http://purl.org/syndication/thread/1.0\""))
        #expect(
            xml.contains(
                "<link rel=\"replies\" type=\"text/html\" href=\"https://columns.example.nl/columns/de-bakker#reacties\" thr:count=\"3\" thr:updated=\"2026-11-27T10:15:30Z\"/>"
            )
        )
        var plain = try Self.document()
        plain.entries = plain.entries.map { entry in
            var entry = entry
            entry.replies = nil
            return entry
        }
        #expect(!AtomFeedWriter().string(from: plain).contains("thr"))
    }

    @Test func roundTripsThroughTheParser() throws {
        let document = try Self.document()
        let feed = try FeedParser().parse(AtomFeedWriter().data(from: document))
        #expect(feed.format == .atom && feed.problems.isEmpty)
        #expect(feed.id == document.id && feed.title == document.title && feed.subtitle == "Ondertitel")
        #expect(feed.updated == document.updated)
        #expect(
            feed.links == [
                FeedLink(href: "https://stempel.example/feeds/columns.atom", rel: "self", type: "application/atom+xml"),
                FeedLink(href: "https://columns.example.nl/", rel: "alternate", type: "text/html"),
            ])
        #expect(feed.entries.count == 2)
        let written = document.entries[0]
        let read = feed.entries[0]
        #expect(read.id == "tag:stempel.example,2026-11-27:column/de-bakker")
        #expect(read.title == written.title)
        #expect(read.published == written.published)
        #expect(read.updated == (try Fixtures.date("2026-11-27T11:15:30Z")))
        #expect(read.authors == [FeedPerson(name: "Jan & Piet", email: "jan@example.nl")])
        #expect(read.categories == written.categories)
        #expect(read.summary == FeedContent(text: "Kort: 1 < 2 & 3 > 2", type: .text))
        #expect(read.content == FeedContent(text: "<p>Hallo &amp; welkom</p>", type: .html))
        #expect(read.alternateLink == FeedLink(href: "https://columns.example.nl/columns/de-bakker?a=1&b=\"2\"", type: "text/html"))
        #expect(read.links.contains { $0.rel == "replies" && $0.href.hasSuffix("#reacties") })
        #expect(feed.entries[1].published == nil && feed.entries[1].authors.isEmpty)
    }

    @Test func illegalCharactersAreStrippedAndWhitespaceSurvives() throws {
        let day = try Fixtures.date("2026-01-01T00:00:00Z")
        let document = FeedDocument(
            id: "urn:x",
            title: "a\u{0}b\u{8}c\u{B}d\u{1F}e\u{FFFE}f",
            updated: day,
            entries: [.init(id: "urn:y", title: "t", updated: day, categories: ["tab\there\nline"], content: .text("één\r\ntwee"))]
        )
        let xml = AtomFeedWriter().string(from: document)
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.title == "abcdef")
        #expect(feed.entries.first?.categories == ["tab\there\nline"])
        #expect(feed.entries.first?.content?.text == "één\r\ntwee")
    }
}
