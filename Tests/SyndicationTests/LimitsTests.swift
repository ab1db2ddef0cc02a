import Foundation
import Syndication
import Testing

@Suite("Limits")
struct LimitsTests {
    @Test func documentedDefaults() {
        let limits = FeedParser.Limits()
        #expect(limits.maxInputBytes == 10_485_760)
        #expect(limits.maxDepth == 64)
        #expect(limits.maxTextLength == 1_048_576)
        #expect(limits.maxEntries == 10_000)
    }

    @Test func inputBytes() throws {
        let data = try Fixtures.columnsFeed()
        let parser = FeedParser(limits: .init(maxInputBytes: data.count - 1))
        let error = #expect(throws: FeedParsingError.self) { try parser.parse(data) }
        #expect(error?.code == .inputTooLarge)
        #expect(error?.description.contains("maxInputBytes") == true)
        #expect(throws: Never.self) { try FeedParser(limits: .init(maxInputBytes: data.count)).parse(data) }
    }

    @Test func defaultInputCapRefusesElevenMegabytes() {
        let data = Fixtures.atom("<entry><id>big</id><summary>\(String(repeating: "x", count: 11 * 1024 * 1024))</summary></entry>")
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(data) }
        #expect(error?.code == .inputTooLarge)
    }

    /// The root is at depth 1: `feed` + `entry` + 62 nested elements is exactly 64.
    @Test func depth() throws {
        func nested(_ levels: Int) -> Data {
            Fixtures.atom("<entry><id>e</id>\(String(repeating: "<x>", count: levels))\(String(repeating: "</x>", count: levels))</entry>")
        }
        #expect(throws: Never.self) { try FeedParser().parse(nested(62)) }
        let error = try #require(#expect(throws: FeedParsingError.self) { try FeedParser().parse(nested(63)) })
        #expect(error.code == .nestingTooDeep)
        #expect(error.line == 6)
        #expect(error.description.contains("maxDepth (64 levels)"))
        let deep = #expect(throws: FeedParsingError.self) { try FeedParser().parse(nested(5_000)) }
        #expect(deep?.code == .nestingTooDeep)
    }

    @Test func depthInsideXHTMLContent() throws {
        let markup = String(repeating: "<b>", count: 100) + String(repeating: "</b>", count: 100)
        let data = Fixtures.atom("<entry><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\(markup)</div></content></entry>")
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(data) }
        #expect(error?.code == .nestingTooDeep)
    }

    @Test func textLength() throws {
        let parser = FeedParser(limits: .init(maxTextLength: 1_000))
        let text = String(repeating: "é", count: 501)  // 1,002 bytes of UTF-8
        let error = #expect(throws: FeedParsingError.self) { try parser.parse(Fixtures.atom("<entry><title>\(text)</title></entry>")) }
        #expect(error?.code == .textTooLong)
        #expect(error?.description.contains("<title>") == true)
        #expect(error?.description.contains("maxTextLength (1000 bytes)") == true)
        #expect(throws: Never.self) { try parser.parse(Fixtures.atom("<entry><title>\(text.dropLast())</title></entry>")) }
    }

    @Test func textLengthOfXHTMLMarkupAndDefaultCap() throws {
        let xhtml = Fixtures.atom(
            "<entry><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\(String(repeating: "<p>ok</p>", count: 200))</div></content></entry>"
        )
        let error = #expect(throws: FeedParsingError.self) { try FeedParser(limits: .init(maxTextLength: 1_000)).parse(xhtml) }
        #expect(error?.code == .textTooLong)
        let big = Fixtures.rss("<item><description>\(String(repeating: "x", count: 1_048_577))</description></item>")
        #expect(throws: FeedParsingError.self) { try FeedParser().parse(big) }
    }

    @Test func entries() throws {
        let data = try Fixtures.columnsFeed()
        let error = #expect(throws: FeedParsingError.self) { try FeedParser(limits: .init(maxEntries: 5)).parse(data) }
        #expect(error?.code == .tooManyEntries)
        #expect(error?.description.contains("maxEntries (5)") == true)
        #expect(try FeedParser(limits: .init(maxEntries: 6)).parse(data).entries.count == 6)
        let items = Fixtures.rss(String(repeating: "<item><title>x</title></item>", count: 10_001))
        #expect(throws: FeedParsingError.self) { try FeedParser().parse(items) }
    }
}
