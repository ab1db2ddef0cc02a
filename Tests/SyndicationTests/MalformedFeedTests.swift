import Foundation
import Syndication
import Testing

@Suite("Malformed XML")
struct MalformedFeedTests {
    @Test(arguments: [
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>cut off",
        "<rss version=\"2.0\"><channel><title>a & b</title></channel></rss>",
        "<rss version=\"2.0\"><channel><title>&nbsp;</title></channel></rss>",
        "<rss version=\"2.0\"><channel></channel></rss><rss/>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>\u{FFFD}\u{0001}</title></channel></rss>",
    ])
    func notWellFormedIsRecoveredWithProblems(document: String) throws {
        let feed = try FeedParser().parse(Data(document.utf8))
        #expect(!feed.isWellFormed)
        #expect(!feed.problems.isEmpty)
    }

    @Test(arguments: ["", "   \n"])
    func emptyDocumentIsAnError(document: String) throws {
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(document.utf8)) }
        #expect(error?.code == .malformedXML)
    }

    @Test func strayControlCharacterKeepsTheRest() throws {
        let feed = try FeedParser().parse(
            Data("<rss version=\"2.0\"><channel><title>ok\u{0001}</title><item><title>i</title></item></channel></rss>".utf8))
        #expect(!feed.isWellFormed)
        #expect(feed.problems.first?.contains("Line 1") == true)
    }
}
