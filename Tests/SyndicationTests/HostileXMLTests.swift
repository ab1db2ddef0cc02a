import Foundation
import Syndication
import Testing

/// Entity expansion and external entity documents: refused fast, nothing expanded, nothing read.
@Suite("Hostile XML")
struct HostileXMLTests {
    private static var billionLaughs: String {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
        }
        return """
            <?xml version="1.0"?>
            <!DOCTYPE feed [
            \(declarations)]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>&lol9;</title><entry><title>&lol9;</title></entry></feed>
            """
    }

    private static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title></feed>
        """

    private static let parameterEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [ <!ENTITY % xxe SYSTEM "file:///etc/passwd"> %xxe; ]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>
        """

    private static let quadraticBlowup = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "\(String(repeating: "a", count: 50_000))">]>
        <rss version="2.0"><channel><title>\(String(repeating: "&a;", count: 2_000))</title></channel></rss>
        """

    /// A `]>` inside a comment must not end the internal subset before the entity is seen.
    private static let hiddenBehindComment = """
        <!DOCTYPE feed [ <!-- ]> --> <!ATTLIST feed a CDATA "]>"> <?pi ]> ?> <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title></feed>
        """

    @Test(arguments: [billionLaughs, externalEntity, parameterEntity, quadraticBlowup, hiddenBehindComment])
    func entityDeclarationsAreRefusedBeforeParsing(document: String) throws {
        let started = ContinuousClock.now
        let error = try #require(#expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(document.utf8)) })
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(error.code == .entityDeclarations)
        #expect(error.line != nil)
        #expect(error.description.contains("declares entities"))
        #expect(!error.description.contains("root:"))
    }

    /// UTF-16 hides the DOCTYPE from the byte scanner; the reader's own check must catch it.
    @Test(arguments: [billionLaughs, externalEntity, parameterEntity])
    func entityDeclarationsInUTF16AreRefusedByTheReader(document: String) throws {
        let utf16 = document.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
        var data = Data([0xFE, 0xFF])
        for unit in utf16.utf16 {
            data.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        let started = ContinuousClock.now
        let error = try #require(#expect(throws: FeedParsingError.self) { try FeedParser().parse(data) })
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(error.code == .entityDeclarations, "\(error)")
        #expect(!error.description.contains("root:"))
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file:///etc/passwd">
            <rss version="2.0"><channel><title>Titel</title><item><title>Item</title></item></channel></rss>
            """
        let feed = try FeedParser().parse(Data(document.utf8))
        #expect(feed.title == "Titel")
        #expect(feed.entries.count == 1)
        #expect(!feed.problems.joined().contains("root:"))
    }

    @Test func externalDTDWithUndeclaredEntityLeavesItUnexpanded() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute;</title></channel></rss>
            """
        let feed = try FeedParser().parse(Data(document.utf8))
        #expect(feed.title == "Caf")
        #expect(feed.problems.contains { $0.contains("&eacute;") })
    }
}
