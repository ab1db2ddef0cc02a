/// What the sanitizer does with one element, by its (lowercase) name.
///
/// The allowlist is small on purpose: comment and column markup only. Anything not listed is
/// unwrapped (tags dropped, text kept); elements whose content is code, styling, embedded
/// documents or foreign markup are dropped with everything inside them.
enum HTMLElementRule: Sendable, Equatable {
    /// Kept, with the given role in the content model.
    case keep(HTMLElementRole)
    /// Tags removed, children processed in the parent's place; `isBlock` elements leave a line
    /// break behind so that words from adjacent blocks do not run together.
    case unwrap(isBlock: Bool)
    /// Removed with all of its content.
    case drop

    /// The rule for a lowercase element name.
    static func forElement(_ name: String) -> HTMLElementRule {
        table[name] ?? .unwrap(isBlock: false)
    }

    private static let table: [String: HTMLElementRule] = {
        var table: [String: HTMLElementRule] = [:]
        for name in ["p", "h2", "h3", "h4", "pre"] { table[name] = .keep(.phrasingBlock) }
        for name in ["em", "strong", "b", "i", "u", "s", "q", "cite", "code"] { table[name] = .keep(.inline) }
        table["a"] = .keep(.link)
        table["br"] = .keep(.lineBreak)
        table["blockquote"] = .keep(.flowBlock)
        table["ul"] = .keep(.list)
        table["ol"] = .keep(.list)
        table["li"] = .keep(.listItem)
        // Executable, styling, embedding, foreign and raw-text elements: their content is not
        // prose, and in a browser some of it is parsed by rules other than libxml2's.
        for name in [
            "script", "style", "template", "iframe", "object", "embed", "applet", "svg", "math", "noscript", "textarea", "title", "xmp",
            "noembed", "noframes", "frame", "frameset", "head", "select", "datalist", "canvas", "audio", "video", "picture", "map",
            "param", "source", "track",
        ] {
            table[name] = .drop
        }
        for name in [
            "div", "h1", "h5", "h6", "section", "article", "aside", "header", "footer", "nav", "main", "address", "figure",
            "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd", "center", "hr", "details",
            "summary", "dialog", "fieldset", "legend", "form", "menu", "dir", "listing", "plaintext", "body", "html",
        ] {
            table[name] = .unwrap(isBlock: true)
        }
        return table
    }()
}

/// The role of a kept element in the sanitizer's content model.
///
/// The model is stricter than HTML's so that every HTML parser, libxml2's and a browser's alike,
/// reads the output back into the same tree: phrasing blocks and inline elements hold only
/// inline content, lists hold only list items.
enum HTMLElementRole: Sendable, Equatable {
    /// `p`, `h2`–`h4`, `pre`: a block that holds inline content.
    case phrasingBlock
    /// `blockquote`: a block that holds blocks and inline content.
    case flowBlock
    /// `ul`, `ol`.
    case list
    /// `li`: only directly inside a list.
    case listItem
    /// `em`, `strong`, `b`, `i`, `u`, `s`, `q`, `cite`, `code`.
    case inline
    /// `a`: inline, never nested, kept only with a safe `href`.
    case link
    /// `br`: void.
    case lineBreak
}
