/// The hosts of the links in a text: `http(s)://host/…`, `www.host/…` and `host.tld/path`.
enum LinkHosts {
    /// Lowercased hosts in order of appearance, without `www.` and without a port.
    static func `in`(_ text: String) -> [String] {
        // Every link this finds has a slash and a dot: most comments have no slash, so they cost
        // one scan of their bytes instead of splitting them into words (a profile's 15 µs).
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        guard text.utf8.contains(slash) else { return [] }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiHosts(text) }
        var hosts: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" }) {
            guard word.utf8.contains(slash), word.utf8.contains(dot) else { continue }
            var candidate = Substring(word.lowercased())
            if let separator = candidate.range(of: "://") {
                let scheme = candidate[..<separator.lowerBound]
                guard scheme.hasSuffix("http") || scheme.hasSuffix("https") else { continue }
                candidate = candidate[separator.upperBound...]
            } else if !candidate.contains("/") {
                continue  // a bare word like "bit.ly" without a path is a mention, not a link
            }
            let host = candidate.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
            let bare = host.hasPrefix("www.") ? host.dropFirst(4) : host
            guard bare.contains("."), bare.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { continue }
            hosts.append(String(bare))
        }
        return hosts
    }

    /// What ``in(_:)`` finds, for text of only ASCII, read from its bytes: there every character
    /// is one byte (but `\r\n`, whitespace either way), so splitting, lowercasing and comparing
    /// bytes gives the same hosts as doing it by characters, at a fraction of the cost.
    private static func asciiHosts(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var hosts: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || isSeparator(bytes[end]) {
                if start < end, let host = host(in: UnsafeBufferPointer(rebasing: bytes[start..<end])) { hosts.append(host) }
                start = end + 1
            }
            return hosts
        }
    }

    /// Whitespace (U+0009 to U+000D, space), quotes and angle brackets.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
        default: false
        }
    }

    private static func host(in word: UnsafeBufferPointer<UInt8>) -> String? {
        let (slash, dot) = (UInt8(ascii: "/"), UInt8(ascii: "."))
        guard word.contains(slash), word.contains(dot) else { return nil }
        let lower = word.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
        var start = 0
        if let separator = lower.indices.dropLast(2).first(where: {
            lower[$0] == UInt8(ascii: ":") && lower[$0 + 1] == slash && lower[$0 + 2] == slash
        }) {
            let scheme = lower[..<separator]
            guard scheme.ends(with: "http") || scheme.ends(with: "https") else { return nil }
            start = separator + 3
        }
        var end = start
        while end < lower.count, ![slash, UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: ":")].contains(lower[end]) { end += 1 }
        if lower[start..<end].starts(with: "www.".utf8) { start += 4 }
        let bare = lower[start..<end]
        guard bare.contains(dot),
            bare.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 || $0 == dot || $0 == UInt8(ascii: "-") })
        else { return nil }
        return String(decoding: bare, as: UTF8.self)
    }
}

extension ArraySlice<UInt8> {
    fileprivate func ends(with suffix: String) -> Bool {
        count >= suffix.utf8.count && self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }
}
