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
        sanitizeFeedFields(using: sanitizer)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, entries.count / Self.entriesPerSanitizingWorker)
        guard workers > 1 else {
            for index in entries.indices {
                entries[index].sanitize(using: sanitizer)
            }
            return
        }
        // Entries are independent: a long feed's are sanitized on every core, each worker in its
        // own slice of the array, which it alone writes.
        entries.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in buffer.count * worker / workers..<buffer.count * (worker + 1) / workers {
                    buffer[index].sanitize(using: sanitizer)
                }
            }
        }
    }

    /// Sanitizes the feed's own fields, not its entries.
    mutating func sanitizeFeedFields(using sanitizer: HTMLSanitizer) {
        title = titleConstruct?.cleanTitle(using: sanitizer) ?? title
        subtitle = subtitleConstruct?.cleanTitle(using: sanitizer) ?? subtitle
        titleConstruct = titleConstruct?.safeInlineHTML(using: sanitizer)
        subtitleConstruct = subtitleConstruct?.safeInlineHTML(using: sanitizer)
        info = info?.sanitizedContent(using: sanitizer)
        rights = rights?.sanitizedContent(using: sanitizer)
    }

    /// Below this many entries per core, a feed's entries are sanitized on one thread: handing
    /// work to other threads costs more than it saves.
    static let entriesPerSanitizingWorker = 64
}

extension FeedEntry {
    /// Sanitizes the entry as ``ParsedFeed/sanitize(using:)`` does.
    mutating func sanitize(using sanitizer: HTMLSanitizer) {
        if let title = titleConstruct?.cleanTitle(using: sanitizer) {
            self.title = title
        }
        titleConstruct = titleConstruct?.safeInlineHTML(using: sanitizer)
        summary = summary?.sanitizedContent(using: sanitizer)
        content = content?.sanitizedContent(using: sanitizer)
        rights = rights?.sanitizedContent(using: sanitizer)
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
