/// Whether a comment has a web address: a run between spaces with `://`, one that starts with
/// `www.`, or a bare domain followed by a path (`mijnsite.example/aanbieding`) or ending in a
/// top-level domain that comment spam favours (`mijnsite.nl`, `cheap-loans.com`).
///
/// One pass over the bytes; every marker is ASCII.
enum LinkCheck {
    /// Top-level domains a bare domain without a path must end in, so that a missing space after
    /// a full stop ("klaar.Dus") is not an address.
    static let bareDomainEndings: Set<[UInt8]> = Set(
        [
            "com", "net", "org", "info", "biz", "io", "ly", "co", "me", "tv", "cc", "ws", "nl", "be", "de", "eu", "uk", "ru", "cn",
            "xyz", "top", "online", "site", "shop", "club", "link", "click", "live", "store", "tk", "ml", "ga",
        ].map { Array($0.utf8) }
    )

    /// Whether the first `byteLimit` bytes of `text` have a web address.
    static func hasLink(_ text: String, byteLimit: Int = .max) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let end = min(bytes.count, byteLimit)
            var start = 0
            var hasMarker = false
            for index in 0...end {
                guard index < end, !bytes[index].isSpace else {
                    if hasMarker, isAddress(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return true }
                    start = index + 1
                    hasMarker = false
                    continue
                }
                // Only a run with a dot or a colon can be an address: skip the others cheaply.
                if bytes[index] == .dot || bytes[index] == UInt8(ascii: ":") { hasMarker = true }
            }
            return false
        }
    }

    private static func isAddress(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        // Leading and trailing punctuation: "(www.x.nl)", "x.com!".
        guard let first = run.firstIndex(where: \.isHostByte), let last = run.lastIndex(where: { $0.isHostByte || $0 == .slash }),
            first <= last
        else { return false }
        let address = run[first...last]
        let lower = address.map(\.asciiLowercased)
        for index in lower.indices.dropLast(2) where lower[index] == UInt8(ascii: ":") && lower[index + 1] == .slash && lower[index + 2] == .slash {
            return true
        }
        if lower.starts(with: "www.".utf8), lower.count > 4 { return true }
        // A bare domain: labels of host bytes separated by dots, then a path or a known ending.
        let hostEnd = lower.firstIndex(of: .slash) ?? lower.endIndex
        let host = lower[..<hostEnd]
        guard let lastDot = host.lastIndex(of: .dot), lastDot > host.startIndex, host.allSatisfy(\.isHostByte), !host.contains(.at) else {
            return false
        }
        let ending = Array(host[(lastDot + 1)...])
        guard ending.count >= 2, ending.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return false }
        return hostEnd < lower.endIndex || bareDomainEndings.contains(ending)
    }
}

extension UInt8 {
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let at = UInt8(ascii: "@")

    fileprivate var isSpace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }

    fileprivate var asciiLowercased: UInt8 { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self | 0x20 : self }

    /// Letters, digits, `-`, `.`, and every byte of a non-ASCII character (internationalised names).
    fileprivate var isHostByte: Bool {
        let lower = asciiLowercased
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
            || self == UInt8(ascii: "-") || self == .dot || self >= 0x80
    }
}
