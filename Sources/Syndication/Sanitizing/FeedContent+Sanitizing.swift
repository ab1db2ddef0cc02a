import Foundation

extension FeedContent {
    /// The content as safe HTML: markup sanitized, plain text escaped into paragraphs.
    ///
    /// Markup is ``FeedContentType/html``, ``FeedContentType/xhtml`` or a media type naming
    /// HTML (Atom 0.3's `text/html`, `application/xhtml+xml`); everything else is read as text.
    /// Relative links are resolved against `baseURL`, else against ``base``.
    /// This is how ingestion stores entry content.
    ///
    /// ```swift
    /// entry.content?.sanitizedHTML()  // "<p>Hoi <a href=\"https://example.nl/\" rel=\"nofollow ugc\">daar</a></p>"
    /// ```
    public func sanitizedHTML(using sanitizer: HTMLSanitizer = HTMLSanitizer(), baseURL: URL? = nil) -> String {
        guard readsAsMarkup else { return sanitizer.html(fromPlainText: text) }
        return sanitizer.sanitize(text, baseURL: baseURL ?? base.flatMap { URL(string: $0) })
    }

    /// The content as plain text, for titles and names: markup reduced to what a reader sees,
    /// plain text with its whitespace collapsed.
    public func plainText(using sanitizer: HTMLSanitizer = HTMLSanitizer()) -> String {
        readsAsMarkup ? sanitizer.plainText(text) : PlainTextCollector.collapsed(text)
    }

    private var readsAsMarkup: Bool {
        type == .html || type == .xhtml || type.rawValue.lowercased().containsBytes("html")
    }
}
