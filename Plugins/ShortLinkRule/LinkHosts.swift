/// The hosts of the links in a text: `http(s)://host/…`, `www.host/…` and `host.tld/path`.
enum LinkHosts {
    /// Lowercased hosts in order of appearance, without `www.` and without a port.
    static func `in`(_ text: String) -> [String] {
        // Every link this finds has a slash and a dot: most comments have no slash, so they cost
        // one scan of their bytes instead of splitting them into words (a profile's 15 µs).
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        guard text.utf8.contains(slash) else { return [] }
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
}
