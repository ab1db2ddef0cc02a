import Foundation
import Testing

@testable import Syndication

/// A large document is parsed by libxml2 on a second thread ahead of the dialects
/// (``SAXParseAhead``); a small one on demand. Both must read exactly the same feed, problems,
/// errors and lines included, and a parse that ends early must stop the second thread.
struct ParseAheadTests {
    /// Every document read both ways: parsed ahead even when small, and on demand even when large.
    private static func bothWays(_ data: Data, limits: FeedParser.Limits = .init()) -> (ahead: String, onDemand: String) {
        var ahead = FeedParser(limits: limits)
        ahead.parseAheadThreshold = 0
        var onDemand = FeedParser(limits: limits)
        onDemand.parseAheadThreshold = .max
        return (outcome(ahead, data), outcome(onDemand, data))
    }

    /// Records where two readings first differ, with a little context, rather than both whole.
    private static func expectSame(_ ahead: String, _ onDemand: String, _ what: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        guard ahead != onDemand else { return }
        let common = zip(ahead, onDemand).prefix { $0 == $1 }.count
        let start = ahead.index(ahead.startIndex, offsetBy: max(0, common - 80))
        let onDemandStart = onDemand.index(onDemand.startIndex, offsetBy: max(0, common - 80))
        Issue.record(
            "\(what) differs at character \(common): parsed ahead …\(ahead[start...].prefix(240)); on demand …\(onDemand[onDemandStart...].prefix(240))",
            sourceLocation: sourceLocation)
    }

    /// The parsed feed, or the error, as text that compares every field.
    private static func outcome(_ parser: FeedParser, _ data: Data) -> String {
        do {
            return String(describing: try parser.parse(data, origin: FeedOrigin(url: "https://example.nl/feed")))
        } catch {
            return "error: \(error)"
        }
    }

    /// An RSS feed of `count` items with the features the reader hands over: entities and
    /// references, CDATA, attributes with `&amp;`, namespaced extensions, markup, and text long
    /// enough to cross chunks.
    static func longRSS(count: Int, tail: String = "</channel></rss>") -> Data {
        var text = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Ervaringen &amp; meer</title><link>https://example.nl/</link><description>Lang</description>

            """
        for index in 0..<count {
            text += """
                <item><title>Kolom \(index): de &lt;klant&gt; &#233;n de kassa</title>
                <link>https://example.nl/k/\(index)?a=1&amp;b=2</link>
                <dc:creator>Schrijver \(index % 7)</dc:creator><category domain="x&amp;y">tag\(index % 5)</category>
                <pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
                <description>&lt;p&gt;Ik stond in de rij &lt;a href="/r/\(index)"&gt;hier&lt;/a&gt;.&lt;/p&gt;</description>
                <content:encoded><![CDATA[<p>\(String(repeating: "Wachten bij de balie duurde lang. ", count: index % 40))</p><script>x()</script>]]></content:encoded>
                </item>

                """
        }
        return Data((text + tail).utf8)
    }

    static func longAtom(count: Int) -> Data {
        var body = ""
        for index in 0..<count {
            body += """
                <entry xml:base="https://example.nl/a/\(index)/"><id>urn:k:\(index)</id><title type="html">Kolom &amp;lt;\(index)&amp;gt;</title>
                <updated>2025-06-10T04:00:00Z</updated><author><name>Auteur \(index % 3)</name></author>
                <link rel="alternate" href="kolom"/><category term="t\(index % 4)"/>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Het \(index)e <b>verhaal</b> <a href="../meer">meer</a></p></div></content>
                <summary type="text">\(String(repeating: "Samenvatting. ", count: index % 30))</summary></entry>

                """
        }
        return Fixtures.atom(body)
    }

    @Test(arguments: [100, 3_000])
    func aLongRSSFeedReadsTheSameBothWays(count: Int) {
        let (ahead, onDemand) = Self.bothWays(Self.longRSS(count: count))
        Self.expectSame(ahead, onDemand)
        #expect(!ahead.hasPrefix("error"), "\(ahead.prefix(300))")
    }

    @Test func aLongAtomFeedReadsTheSameBothWays() {
        let (ahead, onDemand) = Self.bothWays(Self.longAtom(count: 2_000))
        Self.expectSame(ahead, onDemand)
        #expect(!ahead.hasPrefix("error"), "\(ahead.prefix(300))")
    }

    @Test func theDefaultParserReadsALargeFeedAheadAndTheSameAsOnDemand() throws {
        let data = Self.longRSS(count: 3_000)
        #expect(data.count > SAXEventReader.parseAheadThreshold)
        var onDemand = FeedParser()
        onDemand.parseAheadThreshold = .max
        let feed = try FeedParser().parse(data)
        #expect(feed.entries.count == 3_000)
        #expect(feed == (try onDemand.parse(data)))
    }

    /// Not well-formed far into the document: the strict pass fails with the parser ahead of it,
    /// and the recovery pass reads what it can, the same both ways.
    @Test func aDocumentBrokenNearItsEndIsRecoveredTheSameBothWays() {
        let data = Self.longRSS(count: 2_000, tail: "<item><title>kapot</titel></item></channel></rss>")
        let (ahead, onDemand) = Self.bothWays(data)
        Self.expectSame(ahead, onDemand)
        #expect(ahead.contains("isWellFormed: false"), "\(ahead.suffix(500))")
    }

    /// Errors that are not fatal, an undeclared entity, a DOCTYPE and a foreign encoding.
    @Test(arguments: [
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u{E9}</title>ITEMS</channel></rss>",
        "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>A&eacute;</title>ITEMS</channel></rss>",
        "<rss version=\"2.0\"><channel><title>Dubbel</title>ITEMS<item><title a=\"1\" a=\"2\">x</title></item></channel></rss>",
        "<rss version=\"2.0\"><channel><title>&nbsp;Geen entiteit</title>ITEMS</channel></rss>",
    ])
    func awkwardDocumentsReadTheSameBothWays(template: String) {
        let items = String(repeating: "<item><title>Kolom &amp; zo</title><description>Tekst &#8364; 5</description></item>\n", count: 4_000)
        let text = template.replacingOccurrences(of: "ITEMS", with: items)
        let data = template.contains("iso-8859-1") ? text.data(using: .isoLatin1)! : Data(text.utf8)
        let (ahead, onDemand) = Self.bothWays(data)
        Self.expectSame(ahead, onDemand)
    }

    @Test func everyHostileDocumentIsRefusedOrReadTheSameBothWays() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xml-attacks")
        let files = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.allObjects as? [URL])
            .filter { $0.pathExtension == "xml" }
        #expect(files.count >= 20)
        for file in files {
            let (ahead, onDemand) = Self.bothWays(try Data(contentsOf: file))
            Self.expectSame(ahead, onDemand, file.lastPathComponent)
        }
    }

    /// A limit ends the parse while the second thread is still ahead: the error is the limit's,
    /// and the thread stops (a hang here would never end the test).
    @Test(.timeLimit(.minutes(1)))
    func aParseEndedByALimitStopsTheSecondThread() {
        let data = Self.longRSS(count: 3_000)
        for _ in 0..<50 {
            do {
                _ = try FeedParser(limits: .init(maxEntries: 10)).parse(data)
                Issue.record("the entry limit was not enforced")
            } catch {
                #expect(error.code == .tooManyEntries)
            }
        }
        let (ahead, onDemand) = Self.bothWays(data, limits: .init(maxDepth: 2))
        Self.expectSame(ahead, onDemand)
        #expect(ahead.hasPrefix("error"))
    }

    /// A long feed's entries are sanitized on several threads; each must come out exactly as it
    /// would alone.
    @Test func aLongFeedsEntriesAreSanitizedAsEachWouldBeAlone() throws {
        let feed = try FeedParser().parse(Self.longRSS(count: 1_000))
        let sanitized = feed.sanitized()
        #expect(sanitized.entries.count == 1_000)
        for (index, entry) in feed.entries.enumerated() {
            let alone = ParsedFeed(format: feed.format, entries: [entry]).sanitized().entries[0]
            #expect(sanitized.entries[index] == alone, "entry \(index)")
        }
        #expect(!sanitized.entries.contains { $0.content?.text.contains("<script") == true })
        #expect(feed.entries.contains { $0.content?.text.contains("<script") == true })
    }
}
