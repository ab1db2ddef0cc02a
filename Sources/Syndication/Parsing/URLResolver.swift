import Foundation

/// Resolves relative references (RFC 3986) against a base, as `xml:base` and the document URL require.
enum URLResolver {
    /// `reference` resolved against `base`; unchanged when there is no base, when it is already
    /// absolute, or when either cannot be read as a URL.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !base.isEmpty else { return reference }
        if reference.isEmpty {
            return base
        }
        if hasScheme(reference) {
            return reference
        }
        guard let baseURL = URL(string: base), let resolved = URL(string: reference, relativeTo: baseURL) else { return reference }
        return resolved.absoluteString
    }

    /// Whether the reference starts with `scheme:` (letters, digits, `+`, `-`, `.`, starting with a letter).
    static func hasScheme(_ reference: String) -> Bool {
        for (offset, byte) in reference.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return offset > 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if offset == 0 { return false }
            default: return false
            }
        }
        return false
    }
}
