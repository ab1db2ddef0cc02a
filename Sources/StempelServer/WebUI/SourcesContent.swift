import Foundation
import Storage

/// What the sources page shows: every subscribed feed with its polling status. Plain text only:
/// the templates escape it (a source's name, URL and last error come from people and from
/// remote servers).
struct SourcesContent: Sendable {
    struct Row: Sendable {
        var name: String
        var url: String
        /// "trusted" or "moderated", in the reader's language.
        var trust: String
        /// A comment feed's column; nil for a feed of columns.
        var commentsOn: String?
        var isEnabled: Bool
        var lastFetch: String?
        var lastFetchMachine: String?
        var lastStatus: String?
        var lastError: String?
        var nextPoll: String?
        var nextPollMachine: String?
        var failures: Int
        var entriesSeen: Int
        /// Whether the last poll failed: the row is marked (by a word, not only a color).
        var isFailing: Bool

        init(_ source: Source, language: UILanguage) {
            name = source.name
            url = source.url
            trust = UIText.text("trust_\(source.trust.rawValue)", language)
            commentsOn = source.columnSlug
            isEnabled = source.isEnabled
            lastFetch = source.state.lastFetchAt.map(WebDates.text)
            lastFetchMachine = source.state.lastFetchAt.map(WebDates.machine)
            lastStatus = source.state.lastStatus
            lastError = source.state.lastError
            nextPoll = source.state.nextPollAt.map(WebDates.text)
            nextPollMachine = source.state.nextPollAt.map(WebDates.machine)
            failures = source.state.failureCount
            entriesSeen = source.state.entriesSeen
            isFailing = source.state.failureCount > 0
        }
    }

    var sources: [Row]
    var hasSources: Bool
}
