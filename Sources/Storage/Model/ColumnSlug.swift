import Foundation

/// Column slugs: the URL-safe names in `/columns/{slug}`, made the same way wherever columns come from.
public enum ColumnSlug {
    /// Lowercase ASCII letters and digits separated by single dashes, accents folded, at most 120
    /// characters; nil when nothing is left (`"Één klacht!"` → `"een-klacht"`).
    public static func make(from text: String) -> String? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? nil : String(slug.prefix(120))
    }
}
