import Foundation
import Syndication
import Testing

/// The encoding comes from the HTTP charset, the byte order mark or the XML declaration.
@Suite("Encodings")
struct EncodingTests {
    private static func rss(title: [UInt8], declaration: String?) -> Data {
        let head = declaration.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? ""
        return Data(Array("\(head)<rss version=\"2.0\"><channel><title>".utf8) + title + Array("</title></channel></rss>".utf8))
    }

    @Test func latin1AndWindows1252FromTheDeclaration() throws {
        let latin1 = try FeedParser().parse(Self.rss(title: [0x43, 0x61, 0x66, 0xE9], declaration: "ISO-8859-1"))
        #expect(latin1.title == "Café" && latin1.encoding == "iso-8859-1" && latin1.isWellFormed)
        let windows = try FeedParser().parse(Self.rss(title: [0x80, 0x20, 0x93, 0x78, 0x94], declaration: "windows-1252"))
        #expect(windows.title == "€ “x”" && windows.encoding == "windows-1252")
    }

    @Test func httpCharsetOverridesTheDeclaration() throws {
        let data = Self.rss(title: [0x80], declaration: "utf-8")
        let feed = try FeedParser().parse(data, origin: FeedOrigin(headers: ["Content-Type": "application/rss+xml; charset=windows-1252"]))
        #expect(feed.title == "€" && feed.encoding == "windows-1252")
    }

    @Test func textXMLWithoutCharsetIsASCII() throws {
        let feed = try FeedParser().parse(
            Self.rss(title: Array("ok".utf8), declaration: nil), origin: FeedOrigin(headers: ["Content-Type": "text/xml"]))
        #expect(feed.encoding == "us-ascii" && feed.isWellFormed)
    }

    @Test func utf16WithByteOrderMarks() throws {
        let text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Zoë</title></channel></rss>"
        var bigEndian = Data([0xFE, 0xFF])
        var littleEndian = Data([0xFF, 0xFE])
        for unit in text.utf16 {
            bigEndian.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
            littleEndian.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        #expect(try FeedParser().parse(bigEndian).title == "Zoë")
        #expect(try FeedParser().parse(littleEndian).title == "Zoë")
    }

    @Test func utf32AndNumericNamesGoThroughIconv() throws {
        var utf32 = Data([0xFF, 0xFE, 0, 0])
        for scalar in "<rss version=\"2.0\"><channel><title>Zoë</title></channel></rss>".unicodeScalars {
            withUnsafeBytes(of: scalar.value.littleEndian) { utf32.append(contentsOf: $0) }
        }
        #expect(try FeedParser().parse(utf32).title == "Zoë")
        let cp437 = try FeedParser().parse(Self.rss(title: [0x80], declaration: "437"))
        #expect(cp437.title == "Ç" && cp437.isWellFormed)
    }

    @Test func undecodableUTF8IsReadAsWindows1252WithAProblem() throws {
        let feed = try FeedParser().parse(Self.rss(title: [0x43, 0x61, 0x66, 0xE9], declaration: nil))
        #expect(feed.title == "Café")
        #expect(feed.encoding == "windows-1252")
        #expect(!feed.isWellFormed)
        #expect(feed.problems.first?.contains("read as windows-1252") == true)
    }
}
