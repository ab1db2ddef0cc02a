import Foundation

/// Reads sanitizer output back as a browser's tokenizer would and lists everything in it that the
/// policy does not allow. Sanitizer output escapes every `<` in text, so each `<` starts a tag.
struct SanitizedMarkup {
    static let allowedElements: Set = [
        "p", "br", "em", "strong", "b", "i", "u", "s", "blockquote", "q", "cite", "ul", "ol", "li", "code", "pre", "a", "h2", "h3", "h4",
    ]

    /// A description of each violation; empty when the markup is within the policy.
    static func violations(in html: String) -> [String] {
        var found: [String] = []
        let lowered = html.lowercased()
        if lowered.contains("<script") { found.append("<script") }
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else {
                found.append("unclosed tag at \(rest[open...].prefix(20))")
                break
            }
            found += tagViolations(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    private static func tagViolations(_ tag: String) -> [String] {
        let isEnd = tag.hasPrefix("/")
        let body = isEnd ? tag.dropFirst() : Substring(tag)
        let name = String(body.prefix { $0.isLetter || $0.isNumber })
        guard allowedElements.contains(name) else { return ["element <\(tag.prefix(30))>"] }
        let attributes = body.dropFirst(name.count)
        if attributes.lowercased().contains(/\son[a-z]+\s*=/) { return ["event handler on <\(name)>"] }
        if isEnd || name != "a" {
            return attributes.isEmpty ? [] : ["attributes on <\(name)>: \(attributes.prefix(40))"]
        }
        guard let match = attributes.wholeMatch(of: /^ href="([^"<>]*)" rel="nofollow ugc"$/) else {
            return ["link attributes: \(attributes.prefix(60))"]
        }
        let href = String(match.1).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
        let scheme = href.prefix { $0 != ":" }.lowercased()
        return ["http", "https", "mailto"].contains(scheme) && href.contains(":") ? [] : ["href \(href.prefix(40))"]
    }
}
