import Foundation
import Syndication
import Testing

@Suite("HTMLSanitizer: attacks")
struct HTMLSanitizerAttackTests {
    let sanitizer = HTMLSanitizer()

    static let attacks: [String] = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<script\u{0}>alert(1)</script>",
        "<scr\u{1}ipt>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<body onload=alert(1)>",
        "<p onclick=\"alert(1)\" onmouseover='alert(2)' ONFOCUS=alert(3)>x</p>",
        "<a href=\"javascript:alert(1)\" onclick=alert(2)>x</a>",
        "<a href=\"  java\tscript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<svg onload=alert(1)><script>alert(2)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<math href=\"javascript:alert(1)\">x</math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">",
        "<noembed><img title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>",
        "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\">",
        "<title><img title=\"</title><img src=x onerror=alert(1)>\">",
        "<style><img title=\"</style><img src=x onerror=alert(1)>\"></style>",
        "<template><script>alert(1)</script></template>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<form><form action=\"javascript:alert(1)\"><input type=submit></form></form>",
        "<form id=a><form id=b><button form=a formaction=javascript:alert(1)>x",
        "<!--<img src=x onerror=alert(1)>-->",
        "<!-- --!><img src=x onerror=alert(1)> -->",
        "<!--[if IE]><script>alert(1)</script><![endif]-->",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        "<?xml version=\"1.0\"?><img src=x onerror=alert(1)>",
        "<!DOCTYPE html><html><head><base href=\"javascript:alert(1)//\"></head><body><a href=\"/x\">x</a></body></html>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"x:expression(alert(1))\">x</p>",
        "<b <script>alert(1)</script>>x</b>",
        "<a href=\"https://example.nl/\" <script>alert(1)</script>>x</a>",
        "<p title=\"\"><script>alert(1)</script>\">",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<p>unclosed <b>bold <i>italic <a href=\"https://example.nl/\">link",
        "<table><tr><td><script>alert(1)</script>",
        "<select><option><script>alert(1)</script></option></select>",
        "<a href=\"https://example.nl/\"><a href=\"javascript:alert(1)\">x</a></a>",
        "<ul><li><ul><script>alert(1)</script></ul></li></ul>",
        "<pre><script>alert(1)</script></pre>",
        "<plaintext><script>alert(1)</script>",
        "<listing><img src=x onerror=alert(1)></listing>",
        "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<isindex action=\"javascript:alert(1)\" type=image>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "<a href=\"#\" onmouseover=\"alert(1)\"\u{0}>x</a>",
        "<a href='https://example.nl/\"onmouseover=\"alert(1)'>x</a>",
    ]

    @Test(arguments: attacks)
    func attackIsNeutralised(_ payload: String) {
        for base in [nil, URL(string: "https://columns.example.nl/x/")] {
            let output = sanitizer.sanitize(payload, baseURL: base)
            #expect(SanitizedMarkup.violations(in: output).isEmpty, "\(payload) → \(output)")
            #expect(sanitizer.sanitize(output, baseURL: base) == output, "not idempotent: \(payload) → \(output)")
        }
    }

    @Test func mutationXSSInRawTextElementsLeavesNothing() {
        #expect(sanitizer.sanitize("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">") == "")
        #expect(sanitizer.sanitize("<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">") == "")
    }

    @Test func escapedMarkupStaysText() {
        #expect(sanitizer.sanitize("&lt;script&gt;alert(1)&lt;/script&gt;") == "&lt;script&gt;alert(1)&lt;/script&gt;")
    }

    @Test func quotesInHrefCannotBreakOut() {
        let output = sanitizer.sanitize(#"<a href='https://example.nl/"onmouseover="alert(1)'>x</a>"#)
        #expect(output == #"<a href="https://example.nl/&quot;onmouseover=&quot;alert(1)" rel="nofollow ugc">x</a>"#)
    }

    @Test func unclosedTagsAreClosed() {
        #expect(
            sanitizer.sanitize(#"<p>open <b>vet <i>schuin <a href="https://example.nl/">link"#)
                == #"<p>open <b>vet <i>schuin <a href="https://example.nl/" rel="nofollow ugc">link</a></i></b></p>"#
        )
    }

    @Test func encodingDeclarationsInsideTheFragmentAreIgnored() {
        #expect(sanitizer.sanitize("<meta charset=\"utf-7\">+ADw-script+AD4-") == "+ADw-script+AD4-")
        #expect(sanitizer.sanitize("<meta charset=\"iso-8859-1\">café") == "café")
    }
}
