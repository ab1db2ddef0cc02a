import Foundation
import Syndication
import Testing

@Suite("Malformed XML")
struct MalformedFeedTests {
    @Test func mismatchedTagReportsItsLine() throws {
        let document = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Fine</title>
              <entry><title>Broken</entry>
            </feed>
            """
        let error = try #require(#expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(document.utf8)) })
        #expect(error.code == .malformedXML)
        #expect(error.line == 4)
        #expect(error.description.hasPrefix("Malformed XML at line 4: "))
        #expect(error.description.contains("mismatch"))
    }

    @Test(arguments: [
        "",
        "   \n",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>cut off",
        "<rss version=\"2.0\"><channel><title>a & b</title></channel></rss>",
        "<rss version=\"2.0\"><channel><title>&nbsp;</title></channel></rss>",
        "<rss version=\"2.0\"><channel></channel></rss><rss/>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>\u{FFFD}\u{0001}</title></channel></rss>",
    ])
    func notWellFormed(document: String) throws {
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(document.utf8)) }
        #expect(error?.code == .malformedXML)
        #expect(error?.line != nil)
    }

    @Test func invalidUTF8IsMalformed() throws {
        var bytes = Array("<rss version=\"2.0\"><channel><title>".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("</title></channel></rss>".utf8)
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(bytes)) }
        #expect(error?.code == .malformedXML)
    }
}
