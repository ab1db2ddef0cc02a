import Foundation
import Syndication
import Testing

@Suite("HTMLSanitizer: structure, limits and idempotence")
struct HTMLSanitizerStructureTests {
    let sanitizer = HTMLSanitizer()

    @Test func blocksInsideInlineContentAreUnwrapped() {
        #expect(sanitizer.sanitize("<em>a<blockquote>b</blockquote></em>") == "<em>a\nb\n</em>")
        #expect(sanitizer.sanitize("<h2>a<ul><li>b</li></ul></h2>") == "<h2>a\nb\n</h2>")
        #expect(sanitizer.sanitize("<pre>a<p>b</p></pre>") == "<pre>a\nb\n</pre>")
    }

    @Test func listItemsOnlyInLists() {
        #expect(sanitizer.sanitize("<li>los</li>") == "los")
        #expect(sanitizer.sanitize("<ul>voor<li>a</li> <li>b</li><b>na</b></ul>") == "<ul><li>voor</li><li>a</li><li>b</li><li><b>na</b></li></ul>")
        #expect(sanitizer.sanitize("<ol><div><li>a</li><li>b</li></div></ol>") == "<ol><li>a</li><li>b</li></ol>")
        #expect(sanitizer.sanitize("<ul><li>a<ul><li>b</li></ul></li></ul>") == "<ul><li>a<ul><li>b</li></ul></li></ul>")
    }

    @Test func blocksNestInQuotesAndItems() {
        let html = "<blockquote><p>a</p><ul><li><p>b</p><pre>c</pre></li></ul></blockquote>"
        #expect(sanitizer.sanitize(html) == html)
    }

    @Test func preservesPreformattedText() {
        let html = "<pre>\nregel 1\n  regel 2\n\n</pre>"
        #expect(sanitizer.sanitize(html) == html)
        #expect(sanitizer.sanitize(sanitizer.sanitize("<pre>\n\nx</pre>")) == "<pre>\n\nx</pre>")
    }

    @Test func normalisesLineEndingsAndControlCharacters() {
        #expect(sanitizer.sanitize("a\r\nb\rc") == "a\nb\nc")
        #expect(sanitizer.sanitize("a\u{0}b\u{7}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(sanitizer.sanitize("a&#13;b&#1;c") == "a\nbc")
    }

    @Test func nestingDepthIsCapped() {
        let deep = String(repeating: "<blockquote>", count: 200) + "diep" + String(repeating: "</blockquote>", count: 200)
        let output = HTMLSanitizer(maximumDepth: 8).sanitize(deep)
        #expect(output.components(separatedBy: "<blockquote>").count - 1 == 8)
        #expect(output.contains("diep"))
        #expect(HTMLSanitizer(maximumDepth: 8).sanitize(output) == output)
    }

    @Test func veryDeepInputDoesNotCrash() {
        let deep = String(repeating: "<b>", count: 100_000) + "x"
        #expect(SanitizedMarkup.violations(in: sanitizer.sanitize(deep)).isEmpty)
        #expect(sanitizer.plainText(String(repeating: "<div>", count: 100_000)).isEmpty)
    }

    @Test func inputIsCappedAtACharacterBoundary() {
        let capped = HTMLSanitizer(maximumInputBytes: 10)
        #expect(capped.sanitize("<p>abcdefghijkl</p>") == "<p>abcdefg</p>")
        #expect(capped.sanitize("<b>ëëëëë</b>") == "<b>ëëë</b>")
        #expect(capped.sanitize("<a href=\"https://example.nl\">x</a>") == "")
    }

    @Test func largeInputIsHandled() {
        let paragraph = "<p>Een <em>column</em> met <a href=\"https://example.nl/\">een link</a> &amp; tekst.</p>\n"
        let html = String(repeating: paragraph, count: 5_000)
        let output = sanitizer.sanitize(html)
        #expect(output.hasPrefix(#"<p>Een <em>column</em> met <a href="https://example.nl/" rel="nofollow ugc">een link</a>"#))
        #expect(output.components(separatedBy: "<p>").count - 1 == 5_000)
    }

    @Test func randomTagSoupIsStableAndWithinPolicy() {
        var generator = TagSoupGenerator(seed: 20_261_127)
        for _ in 0..<2_000 {
            let soup = generator.next()
            for base in [nil, URL(string: "https://example.nl/a/b")] {
                let once = sanitizer.sanitize(soup, baseURL: base)
                #expect(SanitizedMarkup.violations(in: once).isEmpty, "\(soup) → \(once)")
                #expect(sanitizer.sanitize(once, baseURL: base) == once, "\(soup) → \(once)")
            }
        }
    }
}
