import Foundation

/// A text construct (title, summary, content, ...) between its start and end tags: how to read
/// the text gathered for it.
struct OpenConstruct {
    var type: FeedContentType
    var base: String?
    var language: String?
    /// Atom 0.3 `mode="base64"`, or an Atom 1.0 media type that is neither text nor XML (RFC 4287 §4.1.3.3).
    var isBase64 = false
    /// Atom 1.0: a `div` wrapping XHTML content is removed, as RFC 4287 §3.1.1.3 says.
    var unwrapsDiv = false
    /// Atom 1.0 `content src="..."`, resolved.
    var source: String?

    /// A construct for an element carrying Atom's `type` (and, in Atom 0.3, `mode`) attributes.
    init(atom tag: StartTag, legacy: Bool) {
        let written = tag.attribute("type")?.trimmingWhitespace.lowercased() ?? ""
        type = Self.contentType(written.isEmpty ? (legacy ? "text/plain" : "text") : written)
        base = tag.base
        language = tag.language
        if legacy {
            isBase64 = tag.attribute("mode")?.trimmingWhitespace.lowercased() == "base64"
        } else {
            let media = type.rawValue
            isBase64 = media.containsBytes("/") && !media.hasPrefix("text/") && !media.hasSuffix("+xml") && !media.hasSuffix("/xml")
            unwrapsDiv = type == .xhtml
            source = tag.url("src")
        }
    }

    /// A construct of a fixed type, for RSS elements.
    init(type: FeedContentType, tag: StartTag) {
        self.type = type
        base = tag.base
        language = tag.language
    }

    /// The finished content, from the text gathered for the element.
    func content(from element: EndTag) -> FeedContent {
        var value = element.text
        var type = type
        if element.isMarkup {
            if unwrapsDiv {
                value = Self.unwrappingDiv(value)
            }
            if !type.isMarkup, !type.rawValue.containsBytes("html") {
                type = .html
            }
        } else if isBase64, let data = Data(base64Encoded: value, options: .ignoreUnknownCharacters),
            let decoded = String(data: data, encoding: .utf8)
        {
            value = decoded
        }
        if !element.isMarkup, base != nil, type.isMarkup || type.rawValue.containsBytes("html") {
            value = MarkupURLResolver.resolve(value, against: base)
        }
        return FeedContent(text: value, type: type, language: language, base: base, source: source)
    }

    /// Atom's `type` names and the media types that mean the same.
    static func contentType(_ written: String) -> FeedContentType {
        switch written {
        case "text", "text/plain": .text
        case "html", "text/html": .html
        case "xhtml", "application/xhtml+xml": .xhtml
        default: FeedContentType(rawValue: written)
        }
    }

    /// The markup inside a `div` that wraps all of it; anything else is returned unchanged.
    static func unwrappingDiv(_ markup: String) -> String {
        guard markup.hasPrefix("<div"), markup.hasSuffix("</div>"), let open = markup.firstIndex(of: ">") else { return markup }
        let afterName = markup.index(markup.startIndex, offsetBy: 4)
        guard afterName == open || markup[afterName] == " " else { return markup }
        let inner = markup[markup.index(after: open)..<markup.index(markup.endIndex, offsetBy: -6)]
        // The first div must be the one that closes last: count div tags to be sure.
        var depth = 0
        var index = inner.startIndex
        while let tag = inner[index...].firstIndex(of: "<") {
            let rest = inner[tag...]
            if rest.hasPrefix("</div>") {
                depth -= 1
                if depth < 0 { return markup }
            } else if rest.hasPrefix("<div>") || rest.hasPrefix("<div ") {
                depth += 1
            }
            index = inner.index(after: tag)
        }
        return String(inner).trimmingWhitespace
    }
}
