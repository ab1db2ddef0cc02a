import Foundation
import Syndication
import Testing

@Suite("Atom 1.0")
struct AtomParsingTests {
    @Test func xhtmlContentIsTheMarkupInsideTheDiv() throws {
        let feed = try FeedParser().parse(
            Fixtures.atom(
                """
                <entry><id>e1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Kop <i>schuin</i></div></title>
                  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hallo <b>wereld</b> &amp; meer</p><div>binnen</div></div></content>
                </entry>
                """
            )
        )
        let entry = try #require(feed.entries.first)
        let content = try #require(entry.content)
        #expect(content.type == .xhtml)
        #expect(content.text.contains("<b") && content.text.contains("wereld</b> &amp; meer</p>"))
        #expect(content.text.contains("<div") && content.text.contains("binnen</div>"))
        #expect(!content.text.hasPrefix("<div"))
        #expect(entry.titleConstruct?.text == "Kop <i>schuin</i>")
        #expect(entry.title == "Kop schuin")
    }

    @Test func rfc3339Dates() throws {
        let feed = try FeedParser().parse(
            Fixtures.atom(
                """
                <entry><id>a</id><published>2026-11-27T10:15:00.250+01:00</published><updated>2026-11-27t23:59:60z</updated></entry>
                <entry><id>b</id><published>2026-11-27</published><updated>2026-11-27T10:15-05:00</updated></entry>
                """
            )
        )
        #expect(feed.entries[0].published == (try Fixtures.date("2026-11-27T09:15:00Z")).addingTimeInterval(0.25))
        #expect(feed.entries[0].updated == (try Fixtures.date("2026-11-28T00:00:00Z")))
        #expect(feed.entries[1].published == (try Fixtures.date("2026-11-27T00:00:00Z")))
        #expect(feed.entries[1].updated == (try Fixtures.date("2026-11-27T15:15:00Z")))
        #expect(feed.problems.isEmpty)
    }

    @Test func sourceMetadataDoesNotOverwriteTheEntry() throws {
        let feed = try FeedParser().parse(
            Fixtures.atom(
                """
                <entry><id>mine</id><title>Mine</title>
                  <source><id>theirs</id><title>Theirs</title><author><name>Them</name></author></source>
                  <author><name>Me</name><email>me@example.nl</email><uri>https://example.nl/me</uri></author>
                  <link href="https://example.nl/mine"/><link rel="http://www.iana.org/assignments/relation/replies" href="https://example.nl/c"/>
                  <category term="klachten" label="Klachten"/><category term=" "/>
                  <summary></summary>
                </entry>
                """
            )
        )
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "mine" && entry.title == "Mine")
        #expect(entry.authors == [FeedPerson(name: "Me", email: "me@example.nl", uri: "https://example.nl/me")])
        #expect(entry.links == [FeedLink(href: "https://example.nl/mine"), FeedLink(href: "https://example.nl/c", rel: "replies")])
        #expect(entry.categories == ["klachten"])
        #expect(entry.summary == nil)
    }

    @Test func feedAuthorIsNotCopiedIntoEntries() throws {
        let feed = try FeedParser().parse(Fixtures.atom("<author><name>Redactie</name></author><entry><id>e</id></entry>"))
        #expect(feed.entries.first?.authors == [])
    }

    @Test func notAFeed() throws {
        let error = #expect(throws: FeedParsingError.self) {
            try FeedParser().parse(Data("<html><body>hi</body></html>".utf8))
        }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.description.contains("<html>") == true)
    }
}
