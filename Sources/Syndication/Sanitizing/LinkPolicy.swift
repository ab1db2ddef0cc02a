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
    static func clean(_ raw: String) -> String? {
        var scalars = Substring(raw).unicodeScalars
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        var cleaned = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: continue
            case 0x00..<0x20, 0x7F: return nil
            default: cleaned.append(scalar)
            }
        }
        return String(cleaned)
    }

    /// The lowercase scheme, when the value starts with one (`[A-Za-z][A-Za-z0-9+.-]*:`).
    static func scheme(of value: String) -> String? {
        var scheme = ""
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            switch scalar {
            case "a"..."z", "A"..."Z":
                scheme.unicodeScalars.append(scalar)
            case "0"..."9", "+", "-", ".":
                guard offset > 0 else { return nil }
                scheme.unicodeScalars.append(scalar)
            case ":":
                return offset > 0 ? scheme.lowercased() : nil
            default:
                return nil
            }
        }
        return nil
    }
}
