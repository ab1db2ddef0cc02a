import Foundation

/// Decides which `href` values survive sanitizing, and in what form.
///
/// The value arrives with entities already decoded by the parser. Like a browser's URL parser,
/// the policy strips leading and trailing C0 controls and spaces and removes every tab, line
/// feed and carriage return, so `java&#x09;script:` and `\u{1}javascript:` are seen as the
/// `javascript:` they would become. Other controls anywhere in the value refuse it.
///
/// - An absolute URL is kept when its scheme is `http`, `https` or `mailto` (in any case).
/// - A relative URL (no scheme, including `//host/…` and `#fragment`) is resolved against the
///   base URL when there is one and kept when the result is `http` or `https`; without a base
///   it is dropped, because where it points depends on the page that shows it.
/// - Anything else (`javascript:`, `data:`, `vbscript:`, `file:`, …) is dropped.
struct LinkPolicy: Sendable {
    /// The URL relative links are resolved against.
    var baseURL: URL?

    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    private static let resolvedSchemes: Set<String> = ["http", "https"]

    /// The `href` to write, or nil when the link must lose its `href` (and with it its tag).
    func href(for raw: String) -> String? {
        guard let cleaned = Self.clean(raw), !cleaned.isEmpty else { return nil }
        if let scheme = Self.scheme(of: cleaned) {
            return Self.allowedSchemes.contains(scheme) ? cleaned : nil
        }
        guard let baseURL, let resolved = URL(string: cleaned, relativeTo: baseURL)?.absoluteURL.absoluteString,
            let cleanedResolved = Self.clean(resolved), let scheme = Self.scheme(of: cleanedResolved),
            Self.resolvedSchemes.contains(scheme)
        else { return nil }
        return cleanedResolved
    }

    /// The value as a browser's URL parser sees it, or nil when it holds other control characters.
    ///
    /// On the UTF-8 bytes (every byte of a multi-byte character is 0x80 or above, so only ASCII
    /// is ever trimmed or removed), and the value itself when there is nothing to remove: this
    /// runs on every link of every entry.
    static func clean(_ raw: String) -> String? {
        let bytes = Array(raw.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        let body = bytes[start..<end]
        var removesLineBreaks = false
        for byte in body where byte < 0x20 || byte == 0x7F {
            guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return nil }
            removesLineBreaks = true
        }
        if removesLineBreaks {
            return String(decoding: body.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        }
        return body.count == bytes.count ? raw : String(decoding: body, as: UTF8.self)
    }

    /// The lowercase scheme, when the value starts with one (`[A-Za-z][A-Za-z0-9+.-]*:`).
    static func scheme(of value: String) -> String? {
        for (offset, byte) in value.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard offset > 0 else { return nil }
            case UInt8(ascii: ":"):
                return offset > 0 ? String(decoding: value.utf8.prefix(offset), as: UTF8.self).lowercased() : nil
            default:
                return nil
            }
        }
        return nil
    }
}
