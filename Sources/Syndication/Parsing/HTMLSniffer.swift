/// Guesses whether text in an RSS element that RSS says is plain (a title) is really HTML, the
/// way Python's feedparser does, so that results compare.
///
/// It is HTML when it has a closing tag or a character reference, every tag is a common HTML
/// element, and every named reference is an HTML entity.
enum HTMLSniffer {
    private static let elements: Set<String> = Set(
        """
        a abbr acronym address area article aside audio b big blockquote br button canvas caption center cite code col colgroup command \
        datagrid datalist dd del details dfn dialog dir div dl dt em event-source fieldset figcaption figure font footer form h1 h2 h3 h4 \
        h5 h6 header hr i img input ins kbd keygen label legend li m map menu meter multicol nav nextid noscript ol optgroup option output \
        p pre progress q s samp section select small sound source spacer span strike strong sub sup table tbody td textarea tfoot th \
        thead time tr tt u ul var video
        """.split(separator: " ").map(String.init))

    static func looksLikeHTML(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return false }
        let bytes = Array(text.utf8)
        var hasCloseTag = false
        var hasReference = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                var start = index + 1
                let closing = start < bytes.count && bytes[start] == UInt8(ascii: "/")
                if closing { start += 1 }
                let end = wordEnd(bytes, from: start)
                if end > start {
                    let name = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
                    guard elements.contains(name) else { return false }
                    if closing, end < bytes.count, bytes[end] == UInt8(ascii: ">") { hasCloseTag = true }
                }
                index = max(end, index + 1)
            } else if bytes[index] == UInt8(ascii: "&") {
                let numeric = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "#")
                let start = index + (numeric ? 2 : 1)
                let end = wordEnd(bytes, from: start)
                if end > start, end < bytes.count, bytes[end] == UInt8(ascii: ";") {
                    hasReference = true
                    if !numeric, HTMLEntities.character(named: String(decoding: bytes[start..<end], as: UTF8.self)) == nil {
                        return false
                    }
                }
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        return hasCloseTag || hasReference
    }

    /// The end of a run of word characters (letters, digits, `_`) starting at `start`.
    private static func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end] | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end])
                || bytes[end] == UInt8(ascii: "_")
        {
            end += 1
        }
        return end
    }
}
