/// Finds the host of a web address written in a comment, one whitespace-separated run at a time.
///
/// A run is an address when it has `://`, starts with `www.`, or is a bare domain followed by a
/// path (`cheap.example/pills`) or ending in a top-level domain that spam favours
/// (`mysite.com`, `bit.ly`). The host is lowercased, without `www.`, user or port. An `@` with a
/// dot after it makes an e-mail address.
///
/// Works on UTF-8 bytes: every marker is ASCII, and bytes keep Foundation's string searching
/// (slow on Linux, and easy to call by accident) out of the classifier.
enum LinkHost {
    /// What a run is, as far as features go.
    enum Kind: Equatable {
        /// A web address, with its host when it has one (`http://` alone has none).
        case link(host: String?)
        /// An e-mail address.
        case email
        /// Ordinary text.
        case text
    }

    /// Top-level domains a bare domain without a path must end in to count as an address, so
    /// that a missing space after a full stop ("klaar.Dus") is not one.
    static let bareDomainEndings: Set<String> = [
        "com", "net", "org", "info", "biz", "io", "ly", "co", "me", "tv", "cc", "ws", "nl", "be", "de", "eu", "uk", "ru", "cn",
        "xyz", "top", "online", "site", "shop", "club", "link", "click", "live", "store", "tk", "ml", "ga",
    ]

    /// What `run` (text between whitespace) is. Callers check first that it has an inner dot,
    /// `:` or `@`, since most runs are plain words.
    static func kind(of run: Substring) -> Kind {
        let bytes = run.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        // Leading and trailing punctuation: "(www.x.nl)", "<https://x.nl>", "x.com!".
        guard let first = bytes.firstIndex(where: \.isHostByte),
            let last = bytes.lastIndex(where: { $0.isHostByte || $0 == .slash }),
            first <= last
        else { return .text }
        let address = bytes[first...last]
        if let scheme = firstIndex(of: Array("://".utf8), in: address) {
            return .link(host: host(in: address[(scheme + 3)...]))
        }
        if address.starts(with: "www.".utf8) {
            return .link(host: host(in: address))
        }
        if let at = address.lastIndex(of: .at) {
            return address[(at + 1)...].contains(.dot) ? .email : .text
        }
        guard let host = host(in: address), let dot = host.utf8.lastIndex(of: .dot) else { return .text }
        let ending = host.utf8[host.utf8.index(after: dot)...]
        guard ending.count >= 2, ending.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return .text }
        let hasPath = address.count > host.utf8.count && address[address.startIndex + host.utf8.count] == .slash
        return hasPath || bareDomainEndings.contains(String(decoding: ending, as: UTF8.self)) ? .link(host: host) : .text
    }

    /// The host at the start of `authority`: past the last `@`, up to a path, query, fragment or
    /// port, without `www.`; nil when that is not a dotted name.
    private static func host(in authority: ArraySlice<UInt8>) -> String? {
        let end = authority.firstIndex { $0 == .slash || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "\\") }
        var host = authority[..<(end ?? authority.endIndex)]
        if let at = host.lastIndex(of: .at) { host = host[(at + 1)...] }
        if let colon = host.firstIndex(of: UInt8(ascii: ":")) { host = host[..<colon] }
        while host.last == .dot { host.removeLast() }
        if host.starts(with: "www.".utf8) { host = host.dropFirst(4) }
        guard host.contains(.dot), host.first != .dot, host.allSatisfy(\.isHostByte) else { return nil }
        return String(decoding: host, as: UTF8.self)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (bytes.startIndex...(bytes.endIndex - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}

extension UInt8 {
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let at = UInt8(ascii: "@")

    /// Lowercase letters, digits, `-`, `.`, and every byte of a non-ASCII character (internationalised names).
    fileprivate var isHostByte: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
            || self == UInt8(ascii: "-") || self == .dot || self >= 0x80
    }
}
