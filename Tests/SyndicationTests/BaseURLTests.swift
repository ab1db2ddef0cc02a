import Foundation
import Syndication
import Testing

/// Relative URLs are resolved against `xml:base`, `Content-Location` and the document's URL.
@Suite("Relative URLs")
struct BaseURLTests {
    private static let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.nl/blog/">
          <link href="feed.atom" rel="self"/><icon>/favicon.ico</icon>
          <entry xml:base="2026/"><id>e</id><link href="post.html"/>
            <author><name>A</name><uri>../people/a</uri></author>
            <content type="html">&lt;a href="comments.html"&gt;reacties&lt;/a&gt; &lt;img src="/img/x.png"&gt;</content>
            <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="https://other.example/"><a href="x">x</a></div></summary>
          </entry>
        </feed>
        """

    @Test func xmlBaseNestsAndAppliesToLinksPeopleAndMarkup() throws {
        let feed = try FeedParser().parse(Data(Self.atom.utf8))
        #expect(feed.links.first?.href == "https://example.nl/blog/feed.atom")
        #expect(feed.icon == "https://example.nl/favicon.ico")
        let entry = try #require(feed.entries.first)
        #expect(entry.alternateLink?.href == "https://example.nl/blog/2026/post.html")
        #expect(entry.authors.first?.uri == "https://example.nl/blog/people/a")
        #expect(entry.content?.text == #"<a href="https://example.nl/blog/2026/comments.html">reacties</a> <img src="https://example.nl/img/x.png">"#)
        #expect(entry.content?.base == "https://example.nl/blog/2026/")
        #expect(entry.summary?.text == #"<a href="https://other.example/x">x</a>"#)
    }

    @Test func contentLocationAndDocumentURL() throws {
        let rss = Data("<rss version=\"2.0\"><channel><link>/</link><item><link>/a</link><guid>/a</guid></item></channel></rss>".utf8)
        let located = try FeedParser().parse(
            rss, origin: FeedOrigin(url: "https://example.nl/feeds/rss", headers: ["Content-Location": "/mirror/rss"]))
        #expect(located.links.first?.href == "https://example.nl/")
        #expect(located.entries.first?.alternateLink?.href == "https://example.nl/a")
        #expect(located.entries.first?.id == "https://example.nl/a")
        let unlocated = try FeedParser().parse(rss)
        #expect(unlocated.entries.first?.alternateLink?.href == "/a")
    }

    @Test func languageFromXMLLangAndContentLanguage() throws {
        let document = Data(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry xml:lang=\"nl_NL\"><id>e</id><title>Titel</title></entry></feed>".utf8
        )
        let feed = try FeedParser().parse(document, origin: FeedOrigin(headers: ["content-language": "en"]))
        #expect(feed.titleConstruct?.language == "en")
        #expect(feed.entries.first?.titleConstruct?.language == "nl-NL")
    }
    /// Escaped HTML: only URL attributes change, whatever their quotes and case (the letters just
    /// before `=` are the name, so `data-src` counts as `src`, as before); a name that runs on into
    /// other letters is not a URL attribute; a `<` with no `>` after it is text, copied once.
    @Test func urlAttributesInEscapedHTML() throws {
        let html = #"<p class="x"><A HREF='a.html' title="b.html">é<img data-src="c" srcset="d" src = "e" ésrc="f"></A> 1 < 2"#
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.nl/blog/"><entry><id>e</id>
            <content type="html">\(html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</content></entry></feed>
            """
        let feed = try FeedParser().parse(Data(atom.utf8))
        #expect(
            feed.entries.first?.content?.text
                == #"<p class="x"><A HREF='https://example.nl/blog/a.html' title="b.html">é<img data-src="https://example.nl/blog/c" srcset="d" src = "e" ésrc="f"></A> 1 < 2"#
        )
    }
}
