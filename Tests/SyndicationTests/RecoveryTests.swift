import Foundation
import Syndication
import Testing

/// A feed that is not well-formed is read again in libxml2's recover mode: what can be read is
/// kept, with the problems listed and ``ParsedFeed/isWellFormed`` false (feedparser's `bozo`).
@Suite("Broken feeds")
struct RecoveryTests {
    @Test func mismatchedTagKeepsTheEntries() throws {
        let document = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Fine</title>
              <entry><id>a</id><title>Broken</entry>
              <entry><id>b</id><title>Next</title></entry>
            </feed>
            """
        let feed = try FeedParser().parse(Data(document.utf8))
        #expect(!feed.isWellFormed)
        #expect(feed.title == "Fine")
        #expect(!feed.entries.isEmpty)
        #expect(feed.problems.first?.contains("line 4") == true)
        #expect(feed.problems.first?.contains("mismatch") == true)
    }

    @Test func cutOffDocumentKeepsWhatWasRead() throws {
        let feed = try FeedParser().parse(
            Data("<rss version=\"2.0\"><channel><title>Half</title><item><title>One</title></item><item><title>Tw".utf8))
        #expect(!feed.isWellFormed)
        #expect(feed.title == "Half")
        #expect(feed.entries.first?.title == "One")
    }

    @Test func htmlEntitiesInRSSAreReadAsCharacters() throws {
        let feed = try FeedParser().parse(
            Data(
                "<rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;&amp;&#233;</title><item><description><![CDATA[&euml; blijft]]></description></item></channel></rss>"
                    .utf8))
        #expect(feed.title == "Café\u{A0}&é")
        #expect(feed.entries.first?.summary?.text == "&euml; blijft")
        #expect(!feed.isWellFormed)
        #expect(feed.problems.contains { $0.contains("HTML entities") })
    }

    @Test func unknownEntityIsDroppedNotExpanded() throws {
        let feed = try FeedParser().parse(Data("<rss version=\"2.0\"><channel><title>a &bogus; b</title></channel></rss>".utf8))
        #expect(!feed.isWellFormed)
        #expect(feed.title?.contains("bogus") != true)
    }

    @Test(arguments: ["", "   \n", "<?xml version=\"1.0\"?>", "not xml at all"])
    func noRootElementIsAnError(document: String) throws {
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(document.utf8)) }
        #expect(error?.code == .malformedXML || error?.code == .unsupportedFormat)
    }
}
