import Foundation
import Testing

@testable import Syndication

/// The scanner must report exactly what libxml2's HTML parser reports, or refuse the fragment.
@Suite("SimpleMarkupScanner: the same events as libxml2, or none")
struct SimpleMarkupScannerTests {
    /// The events of one parse, text runs merged (libxml2 splits text into chunks of its own choosing).
    struct Recorder: HTMLEventHandler {
        var events: [String] = []
        private var text: [UInt8] = []

        mutating func start(_ name: UnsafePointer<UInt8>, attributes: UnsafePointer<UnsafePointer<UInt8>?>?) {
            flush()
            var event = "<" + String(cString: name)
            if var pair = attributes {
                while let attribute = pair[0] {
                    event += " \(String(cString: attribute))=\(pair[1].map { String(cString: $0) } ?? "(none)")"
                    pair += 2
                }
            }
            events.append(event + ">")
        }

        mutating func end() {
            flush()
            events.append("</>")
        }

        mutating func text(_ bytes: UnsafePointer<UInt8>, count: Int) {
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }

        mutating func finish() {
            flush()
            events.append("end")
        }

        private mutating func flush() {
            guard !text.isEmpty else { return }
            events.append(String(decoding: text, as: UTF8.self))
            text.removeAll()
        }
    }

    /// Whether the scanner read `html` itself, and whether its events equal libxml2's.
    private func compare(_ html: String) -> (scanned: Bool, same: Bool) {
        var recorder = Recorder()
        let scanned = Array(html.utf8).withUnsafeBufferPointer { SimpleMarkupScanner.scan($0, into: &recorder) }
        let fast = HTMLFragmentParser.parse(html, limit: 1 << 20, into: Recorder()).events
        let libxml2 = HTMLFragmentParser.parse(html, limit: 1 << 20, into: Recorder(), scanning: false).events
        return (scanned, fast == libxml2)
    }

    @Test(arguments: [
        #"<p>medewerker <a href="https://example.org/x?a=1&amp;b=2">link</a> koffie</p><p>thee</p>"#,
        "Hoi <em>jij</em> &amp; <strong>zij</strong>&#33; &lt;tag&gt; &#x20AC;",
        "<blockquote><p>a<br>b<br/>c<br />d</p><div><h2>kop</h2></div></blockquote>",
        "<P CLASS='x'>Hoofdletters</P >",
        "<p>open",
        #"<a href="/relatief" title="&quot;t&quot;">x</a>"#,
        #"<p><img src="x.png" alt="a&nbsp;b"><IMG SRC='y'/> &hellip;&mdash;&rsquo;&copy;</p><hr><hr />"#,
        "<ul>\n<li>een <em>x</em></li>\n<li>twee<ol><li>a</li></ol></li>\n</ul><ol><li>drie</li></ol>",
        "<h1>a</h1><pre>x\n  y</pre><h6>b<sup>1</sup><sub>2</sub><small>c</small></h6>",
        #"<figure><img src="x"><figcaption>b</figcaption></figure><aside><p>a</p></aside><details><summary>s</summary><p>d</p></details>"#,
    ])
    func simpleMarkupIsScannedAsLibxml2ReadsIt(_ html: String) {
        let result = compare(html)
        #expect(result.scanned)
        #expect(result.same)
    }

    @Test(arguments: [
        "<img src=x>", "a<!-- c -->b", "a&apos;b", "</img>", "<p>a<hr></p>", "<li>x</li>", "<ul><li>x<li>y</ul>", "<ul><li><p>x</p></li></ul>",
        "<ul><ul><li>x</li></ul></ul>", "<p><ul><li>x</li></ul></p>", "<p><figure>x</figure></p>", "<p><p>x</p></p>",
        "<a href='1'><a href='2'>x</a></a>", "<b><p>x</p></b>", "<p/>", "<pre>\r\nx</pre>",
        "<a href=x>y</a>", #"<a href="1" href="2">y</a>"#, "</b>", "<p>x</b>", "a < b", "a & b", "&#0;", "&#128;",
        "<table><tr><td>x</td></tr></table>",
        "<pre>\nx</pre>", "<script>x</script>", "<a checked>x</a>",
    ])
    func otherMarkupIsLeftToLibxml2(_ html: String) {
        let result = compare(html)
        #expect(!result.scanned)
        #expect(result.same)
    }

    @Test func generatedFragmentsReadTheSameByBothPaths() {
        var state: UInt64 = 20_261_127
        func random(_ bound: Int) -> Int {
            // SplitMix64, as TagSoupGenerator.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let names = [
            "p", "h2", "blockquote", "div", "a", "em", "strong", "b", "i", "code", "span", "br", "P", "A", "Br", "li", "pre", "img", "font", "ul",
            "ol", "hr", "h1", "sup", "figure", "aside",
        ]
        let attributes = [
            #" href="http://e.example/?a=1&amp;b=2""#, " href='x'", #" HREF="javascript:alert(1)""#, #" class="x""#, #" href = "y""#,
            #" title="&quot;&lt;&#65;&#x42;""#, #" href="&#9;javascript:x""#, " href=\"a\nb\"", " id=x", "/", " /", #" href="a&b""#,
        ]
        let texts = [
            "x", " ", "\n", "&amp;", "&lt;", "&gt;", "&quot;", "a b", ">", "\"", "'", "&nbsp;", "\t", "é", "&#233;", "&#x20AC;", "&#13;", "&#128;",
            "&#x1F600;", "&#65", "&", "<", "</", "\r\n", "€", "&#39;", "woorden in een zin", "&hellip;", "&rsquo;", "&eacute;",
        ]
        var scanned = 0
        var differing: [String] = []
        for _ in 0..<3_000 {
            var html = ""
            var open: [String] = []
            for _ in 0..<(1 + random(25)) {
                switch random(20) {
                case 0..<6:
                    let name = names[random(names.count)]
                    html += "<\(name)\(random(3) == 0 ? attributes[random(attributes.count)] : "")>"
                    if !["br", "img", "hr"].contains(name.lowercased()) { open.append(name) }
                case 6..<10:
                    if let last = open.popLast() { html += "</\(random(10) == 0 ? last.uppercased() : last)>" }
                case 10:
                    html += "</\(names[random(names.count)])>"
                default:
                    html += random(3) == 0 ? texts[random(texts.count)] : "tekst"
                }
            }
            let result = compare(html)
            scanned += result.scanned ? 1 : 0
            if !result.same { differing.append(html) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        // The fragments are built to stay mostly within the subset: the comparison must be exercised.
        #expect(scanned > 300)
    }

    @Test func tagSoupReadsTheSameByBothPaths() {
        var generator = TagSoupGenerator(seed: 7)
        for _ in 0..<2_000 {
            let soup = generator.next()
            #expect(compare(soup).same, "\(soup)")
        }
    }
}
