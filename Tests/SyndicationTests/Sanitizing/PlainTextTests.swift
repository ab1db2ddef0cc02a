import Foundation
import Syndication
import Testing

@Suite("HTMLSanitizer: plain text")
struct PlainTextTests {
    let sanitizer = HTMLSanitizer()

    @Test(arguments: [
        ("  De <em>bakker</em>\n&amp; zijn&nbsp;brood ", "De bakker & zijn brood"),
        ("AT&amp;T &lt;b&gt;", "AT&T <b>"),
        ("<p>een</p><p>twee</p>drie<br>vier", "een twee drie vier"),
        ("Titel<script>alert(1)</script><style>p{}</style>", "Titel"),
        ("a < b", "a < b"),
        ("&euml;&eacute;&#233;&#x20AC;", "ëéé€"),
        ("<!-- weg -->zichtbaar", "zichtbaar"),
        ("a\u{0}b\tc\r\nd", "a\u{FFFD}b c d"),
        ("", ""),
    ])
    func plainText(_ html: String, _ text: String) {
        #expect(sanitizer.plainText(html) == text)
    }

    @Test func plainTextFromTextParagraphs() {
        #expect(
            sanitizer.html(fromPlainText: "Hoi <jij> & \"zij\"\n\nTot ziens\nJan")
                == "<p>Hoi &lt;jij&gt; &amp; &quot;zij&quot;</p><p>Tot ziens<br>Jan</p>")
        #expect(sanitizer.html(fromPlainText: "\n\n  \n") == "")
        let html = sanitizer.html(fromPlainText: "a\n\n\nb\r\nc")
        #expect(html == "<p>a</p><p>b<br>c</p>")
        #expect(sanitizer.sanitize(html) == html)
    }

    @Test func feedContentIsSanitizedByType() {
        let base = "https://example.nl/columns/"
        #expect(
            FeedContent(text: #"<p onclick="x()">a <a href="b">b</a></p>"#, type: .html, base: base).sanitizedHTML()
                == #"<p>a <a href="https://example.nl/columns/b" rel="nofollow ugc">b</a></p>"#)
        #expect(FeedContent(text: "<b>x</b><script>y</script>", type: .xhtml).sanitizedHTML() == "<b>x</b>")
        #expect(FeedContent(text: "<b>x</b>", type: FeedContentType(rawValue: "text/html")).sanitizedHTML() == "<b>x</b>")
        #expect(FeedContent(text: "<b>x</b>", type: .text).sanitizedHTML() == "<p>&lt;b&gt;x&lt;/b&gt;</p>")
        #expect(FeedContent(text: "<b>x</b>  y", type: .html).plainText() == "x y")
        #expect(FeedContent(text: "<b>x</b>  y", type: .text).plainText() == "<b>x</b> y")
    }
}
