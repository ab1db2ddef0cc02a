import Foundation
import Syndication
import Testing

/// Entity expansion and external entity documents: refused fast, nothing expanded, nothing read.
@Suite("Hostile XML")
struct HostileXMLTests {
    private func refusal(of data: Data) throws -> FeedParsingError {
        let started = threadCPUTime()
        let error = try #require(#expect(throws: FeedParsingError.self) { try FeedParser().parse(data) })
        #expect(threadCPUTime() - started < .seconds(1))
        #expect(!error.description.contains("root:"))
        return error
    }

    @Test(arguments: HostileDocument.allCases)
    func entityDeclarationsAreRefusedBeforeParsing(document: HostileDocument) throws {
        let error = try refusal(of: Data(document.text.utf8))
        #expect(error.code == .entityDeclarations)
        #expect(error.line == document.entityLine)
        #expect(error.description.contains("declares entities"))
    }

    @Test(arguments: HostileDocument.allCases, [HostileDocument.Encoding.utf16BigEndian, .utf16LittleEndian])
    func entityDeclarationsInUTF16AreRefusedBeforeParsing(document: HostileDocument, encoding: HostileDocument.Encoding) throws {
        let error = try refusal(of: document.data(in: encoding))
        #expect(error.code == .entityDeclarations)
        #expect(error.line == document.entityLine)
    }

    /// UTF-7 hides `<!ENTITY` from the byte scanner, so the reader's own DOCTYPE check must refuse
    /// it. For the billion laughs libxml2's amplification guard may stop first, as malformed XML.
    @Test(arguments: HostileDocument.allCases)
    func entityDeclarationsTheScannerCannotReadAreRefusedByTheReader(document: HostileDocument) throws {
        let error = try refusal(of: document.data(in: .utf7))
        if document == .billionLaughs {
            #expect([.entityDeclarations, .malformedXML].contains(error.code), "\(error)")
        } else {
            #expect(error.code == .entityDeclarations, "\(error)")
        }
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

    /// Under an external DTD (never loaded) libxml2 reports HTML's entities as references: they
    /// are read from the fixed HTML table, and anything else stays unexpanded.
    @Test func htmlEntityUnderAnExternalDTDIsReadFromTheHTMLTable() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute;&unknown;</title></channel></rss>
            """
        let feed = try FeedParser().parse(Data(document.utf8))
        #expect(feed.title == "Café")
        #expect(feed.format == .rss091n)
        #expect(feed.problems.contains { $0.contains("&unknown;") })
    }

    /// Attribute defaults declared in the DOCTYPE are not applied (no `XML_PARSE_DTDATTR`): the
    /// `guid` stays a permalink.
    @Test func attributeDefaultsFromTheDoctypeAreNotApplied() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ATTLIST guid isPermaLink CDATA "false"> ]>
            <rss version="2.0"><channel><title>T</title><item><guid>https://example.org/a</guid></item></channel></rss>
            """
        let feed = try FeedParser().parse(Data(document.utf8))
        let entry = try #require(feed.entries.first)
        #expect(entry.idIsPermalink)
        #expect(entry.alternateLink?.href == "https://example.org/a")
    }
}
