import Foundation
import Syndication
import Testing

@Suite("HTMLSanitizer: links")
struct HTMLSanitizerLinkTests {
    let sanitizer = HTMLSanitizer()
    let base = URL(string: "https://columns.example.nl/columns/de-bakker")!

    @Test(arguments: [
        ("https://example.nl/a?b=1&c=2", "https://example.nl/a?b=1&amp;c=2"),
        ("http://example.nl/", "http://example.nl/"),
        ("HTTPS://EXAMPLE.NL/", "HTTPS://EXAMPLE.NL/"),
        ("mailto:jan@example.nl", "mailto:jan@example.nl"),
        ("  https://example.nl/\n", "https://example.nl/"),
        ("https://exa\tmple.nl/", "https://example.nl/"),
        ("https://example.nl/?q=\"x\"", "https://example.nl/?q=&quot;x&quot;"),
    ])
    func keepsSafeLinksWithRel(_ href: String, _ written: String) {
        let escaped = href.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        #expect(
            sanitizer.sanitize(#"<a href="\#(escaped)" target="_blank" rel="opener" title="t">link</a>"#)
                == #"<a href="\#(written)" rel="nofollow ugc">link</a>"#
        )
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)", "java&#9;script:alert(1)", "java&#x0A;script:alert(1)",
        "java&#13;script:alert(1)", "&#106;avascript:alert(1)", "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
        " &#x01; javascript:alert(1)", "\u{1}javascript:alert(1)", "javascript&colon;alert(1)", "jav&#x00;ascript:alert(1)",
        "vbscript:msgbox(1)", "VBScript:msgbox(1)", "livescript:x", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(1)</script>", "feed:javascript:alert(1)", "file:///etc/passwd", "ftp://example.nl/", "tel:+31201234567",
        "//evil.example/x", "/relative", "relative", "#top", "?q=1", "",
    ])
    func dropsOtherLinksWithoutABase(_ href: String) {
        #expect(sanitizer.sanitize(#"<a href="\#(href)">tekst</a>"#) == "tekst")
    }

    @Test(arguments: [
        ("/over", "https://columns.example.nl/over"),
        ("andere", "https://columns.example.nl/columns/andere"),
        ("#reacties", "https://columns.example.nl/columns/de-bakker#reacties"),
        ("//cdn.example.nl/x", "https://cdn.example.nl/x"),
        ("?pagina=2", "https://columns.example.nl/columns/de-bakker?pagina=2"),
    ])
    func resolvesRelativeLinksAgainstTheBase(_ href: String, _ resolved: String) {
        #expect(sanitizer.sanitize(#"<a href="\#(href)">x</a>"#, baseURL: base) == #"<a href="\#(resolved)" rel="nofollow ugc">x</a>"#)
    }

    @Test(arguments: ["javascript:alert(1)", "java&#x09;script:alert(1)", "data:text/html,x", "vbscript:x", "ftp://example.nl/"])
    func aBaseDoesNotRescueOtherSchemes(_ href: String) {
        #expect(sanitizer.sanitize(#"<a href="\#(href)">tekst</a>"#, baseURL: base) == "tekst")
    }

    @Test func resolvingNeverYieldsAScript() {
        // `&colon;` is not an entity libxml2 knows: the value stays relative and resolves to https.
        let output = sanitizer.sanitize(#"<a href="javascript&colon;alert(1)">x</a>"#, baseURL: base)
        #expect(output.hasPrefix(#"<a href="https://columns.example.nl/columns/javascript&amp;colon;alert(1)""#))
    }

    @Test func linksWithoutHrefLoseTheirTag() {
        #expect(sanitizer.sanitize(#"<a name="x">a</a><a>b</a><a href>c</a>"#) == "abc")
    }

    @Test func linksDoNotNest() {
        let output = sanitizer.sanitize(#"<a href="https://a.example/">een <a href="https://b.example/">twee</a></a>"#)
        #expect(output.components(separatedBy: "<a ").count == output.components(separatedBy: "</a>").count)
        #expect(!output.contains(#"<a href="https://a.example/" rel="nofollow ugc">een <a"#))
    }

    @Test func linksKeepTheirInlineContent() {
        #expect(
            sanitizer.sanitize(#"<a href="https://example.nl/" onclick="x()"><em>nadruk</em></a>"#)
                == #"<a href="https://example.nl/" rel="nofollow ugc"><em>nadruk</em></a>"#
        )
    }
}
