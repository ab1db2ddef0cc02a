import Syndication
import Testing

@Suite("HTMLSanitizer: the allowlist")
struct HTMLSanitizerAllowlistTests {
    let sanitizer = HTMLSanitizer()

    @Test(arguments: ["em", "strong", "b", "i", "u", "s", "q", "cite", "code"])
    func keepsInlineElements(_ name: String) {
        #expect(sanitizer.sanitize("<p>a <\(name)>b</\(name)> c</p>") == "<p>a <\(name)>b</\(name)> c</p>")
    }

    @Test(arguments: ["p", "blockquote", "pre", "h2", "h3", "h4"])
    func keepsBlocks(_ name: String) {
        #expect(sanitizer.sanitize("<\(name)>tekst</\(name)>") == "<\(name)>tekst</\(name)>")
    }

    @Test func keepsListsAndLineBreaks() {
        let html = "<ul><li>een</li><li>twee<br>drie</li></ul><ol><li>vier</li></ol>"
        #expect(sanitizer.sanitize(html) == html)
    }

    @Test func removesEveryAttributeButHref() {
        let html = #"<p class="x" style="color:red" id="y" title="t" dir="rtl" data-x="1">a <b style="x">b</b></p>"#
        #expect(sanitizer.sanitize(html) == "<p>a <b>b</b></p>")
    }

    @Test(arguments: ["div", "span", "font", "section", "table", "abbr", "mark", "small", "sup", "label", "button", "form", "h1", "h5"])
    func unwrapsOtherElementsKeepingText(_ name: String) {
        #expect(sanitizer.sanitize("<\(name) class=\"c\">tekst</\(name)>") == "tekst")
    }

    @Test func separatesUnwrappedBlocks() {
        #expect(sanitizer.sanitize("<div>een</div><div>twee</div>") == "een\ntwee")
        #expect(sanitizer.sanitize("<span>een</span><span>twee</span>") == "eentwee")
    }

    @Test(arguments: [
        "script", "style", "template", "iframe", "object", "embed", "applet", "svg", "math", "noscript", "textarea", "title", "xmp",
        "noembed", "noframes", "select", "video", "audio", "canvas",
    ])
    func dropsDangerousElementsWithContent(_ name: String) {
        #expect(sanitizer.sanitize("voor<\(name)>binnen<b>ook</b></\(name)>na") == "voorna")
    }

    @Test func dropsImagesAndVoidElements() {
        #expect(sanitizer.sanitize(#"a<img src="https://x.example/p.gif" alt="alt">b<hr><input value="v"><wbr>c"#) == "ab\nc")
    }

    @Test func dropsCommentsCDATAAndProcessingInstructions() {
        #expect(sanitizer.sanitize("a<!-- <script>x()</script> -->b") == "ab")
        #expect(sanitizer.sanitize("a<?php echo 1; ?>b") == "ab")
        #expect(sanitizer.sanitize("<![CDATA[<script>x()</script>]]>") == "&lt;![CDATA[]]&gt;")
    }

    @Test func escapesText() {
        #expect(sanitizer.sanitize("a &lt;b&gt; &amp; \"c\" 'd' &euml; &nbsp;") == "a &lt;b&gt; &amp; &quot;c&quot; 'd' ë \u{A0}")
        #expect(sanitizer.sanitize("1 < 2 & 3 > 2") == "1 &lt; 2 &amp; 3 &gt; 2")
    }

    @Test func keepsWhitespaceBetweenInlineElements() {
        #expect(sanitizer.sanitize("<b>a</b> <i>b</i>\n<em>c</em>") == "<b>a</b> <i>b</i>\n<em>c</em>")
    }

    @Test func trimsTheResult() {
        #expect(sanitizer.sanitize("  \n<p>a</p>\n\n") == "<p>a</p>")
        #expect(sanitizer.sanitize("") == "")
        #expect(sanitizer.sanitize("<script>x</script>") == "")
    }
}
