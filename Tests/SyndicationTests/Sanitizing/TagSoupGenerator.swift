/// Deterministic random tag soup: allowed, unwrapped and dropped elements, stray end tags,
/// hostile attributes and awkward text, for property tests of the sanitizer.
struct TagSoupGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    private static let elements = [
        "p", "br", "em", "strong", "b", "i", "u", "s", "blockquote", "q", "cite", "ul", "ol", "li", "code", "pre", "a", "h2", "h3", "h4", "div",
        "span", "font", "table", "tr", "td", "script", "style", "svg", "math", "noscript", "textarea", "title", "form", "h1", "dl", "dd",
        "select", "option", "button", "hr", "img", "xmp", "plaintext", "listing", "iframe", "template", "body", "html", "head", "center",
    ]
    private static let attributes = [
        "", #" href="http://e.example/?a=1&b=2""#, #" href="javascript:alert(1)""#, #" href="/rel""#, ##" href="#x""##, #" onclick="x()""#,
        #" title="</p><script>""#, " href=mailto:a@b.example", " href=\"ht\ttp://x\"", " style=\"color:red\"",
    ]
    private static let texts = [
        "x", " ", "\n", "&amp;", "&lt;", "a b", "<", ">", "\"", "&nbsp;", "\t", "é", "&#13;", "&#x0;", "<!--", "-->", "<![CDATA[", "]]>", "</",
        "\r\n", "&", "<?pi?>", "<!doctype html>",
    ]

    /// The next fragment, of 1 to 40 pieces.
    mutating func next() -> String {
        var soup = ""
        for _ in 0..<(1 + random(40)) {
            let element = Self.elements[random(Self.elements.count)]
            switch random(20) {
            case 0..<7: soup += "<\(element)\(Self.attributes[random(Self.attributes.count)])>"
            case 7..<12: soup += "</\(element)>"
            default: soup += Self.texts[random(Self.texts.count)]
            }
        }
        return soup
    }

    /// SplitMix64, reduced to `0..<bound`.
    private mutating func random(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
