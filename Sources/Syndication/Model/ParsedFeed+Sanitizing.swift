import Foundation

extension ParsedFeed {
    /// The feed as ingestion stores it: ``FeedEntry/title`` and ``subtitle`` as plain text, and
    /// every text construct (summaries, content, rights, and the title and subtitle constructs)
    /// as safe HTML: markup through ``HTMLSanitizer``, plain text escaped (summaries and content
    /// in paragraphs).
    ///
    /// Relative links in markup are resolved against each construct's base before the sanitizer
    /// judges them. Out-of-line content (Atom `content src`) has no text and is left as it is.
    ///
    /// ```swift
    /// let feed = try FeedParser().parse(data).sanitized()
    /// ```
    public func sanitized(using sanitizer: HTMLSanitizer = HTMLSanitizer()) -> ParsedFeed {
        var feed = self
        feed.sanitize(using: sanitizer)
        return feed
    }

    /// Sanitizes the feed in place, as ``sanitized(using:)`` does, without copying its entries.
    public mutating func sanitize(using sanitizer: HTMLSanitizer = HTMLSanitizer()) {
        title = titleConstruct?.cleanTitle(using: sanitizer) ?? title
        subtitle = subtitleConstruct?.cleanTitle(using: sanitizer) ?? subtitle
        titleConstruct = titleConstruct?.safeInlineHTML(using: sanitizer)
        subtitleConstruct = subtitleConstruct?.safeInlineHTML(using: sanitizer)
        info = info?.sanitizedContent(using: sanitizer)
        rights = rights?.sanitizedContent(using: sanitizer)
        for index in entries.indices {
            if let title = entries[index].titleConstruct?.cleanTitle(using: sanitizer) {
                entries[index].title = title
            }
            entries[index].titleConstruct = entries[index].titleConstruct?.safeInlineHTML(using: sanitizer)
            entries[index].summary = entries[index].summary?.sanitizedContent(using: sanitizer)
            entries[index].content = entries[index].content?.sanitizedContent(using: sanitizer)
            entries[index].rights = entries[index].rights?.sanitizedContent(using: sanitizer)
        }
    }
}

extension FeedContent {
    /// A title as plain text; plain text without runs of whitespace is already what it should be.
    fileprivate func cleanTitle(using sanitizer: HTMLSanitizer) -> String {
        if type == .text, !text.utf8.contains(where: { $0 < 0x20 }), !text.containsBytes("  ") {
            return text
        }
        return plainText(using: sanitizer)
    }

    /// A title-like construct as safe HTML without paragraphs: markup sanitized, text escaped.
    fileprivate func safeInlineHTML(using sanitizer: HTMLSanitizer) -> FeedContent {
        let html = type == .text ? MarkupWriter.escape(text) : sanitizedHTML(using: sanitizer)
        return FeedContent(text: html, type: .html, language: language, base: base, source: source)
    }

    /// This content as sanitized HTML, with its language and base kept.
    fileprivate func sanitizedContent(using sanitizer: HTMLSanitizer) -> FeedContent {
        guard source == nil || !text.isEmpty else { return self }
        return FeedContent(text: sanitizedHTML(using: sanitizer), type: .html, language: language, base: base, source: source)
    }
}
