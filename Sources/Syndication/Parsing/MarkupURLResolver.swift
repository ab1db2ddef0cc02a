/// Resolves relative URLs in the attributes of escaped HTML (an Atom `type="html"` construct, an
/// RSS `description`) against the base in effect, leaving every other byte as it was.
enum MarkupURLResolver {
    static func resolve(_ html: String, against base: String?) -> String {
        guard let base, html.contains("<") else { return html }
        var output = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            output += resolveTag(rest[open...close], base: base)
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }

    /// One tag with its URL attributes (`href="..."`, `src='...'`) resolved.
    private static func resolveTag(_ tag: Substring, base: String) -> String {
        guard tag.contains("=") else { return String(tag) }
        var output = ""
        var rest = tag
        while let equals = rest.firstIndex(of: "=") {
            let before = rest[..<equals]
            let name = before.reversed().prefix { $0.isLetter }.reversed()
            output += rest[...equals]
            rest = rest[rest.index(after: equals)...]
            guard MarkupWriter.urlAttributes.contains(String(name).lowercased()), let quote = rest.first, quote == "\"" || quote == "'",
                let end = rest.dropFirst().firstIndex(of: quote)
            else { continue }
            let value = rest[rest.index(after: rest.startIndex)..<end]
            output += String(quote) + URLResolver.resolve(String(value).trimmingWhitespace, against: base) + String(quote)
            rest = rest[rest.index(after: end)...]
        }
        output += rest
        return output
    }
}
