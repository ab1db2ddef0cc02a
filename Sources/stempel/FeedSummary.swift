import Foundation
import Syndication

/// The readable report of `stempel feed inspect`: what was read, how well, and how fast.
struct FeedSummary {
    var feed: ParsedFeed
    var bytes: Int
    var elapsed: Duration

    var text: String {
        var authors = Set(feed.authors.compactMap(\.name))
        var categories = Set(feed.tags.map(\.term))
        var entryLinks = 0
        var dated = 0
        for entry in feed.entries {
            for author in entry.authors { authors.insert(author.name ?? author.email ?? "") }
            for tag in entry.tags { categories.insert(tag.term) }
            entryLinks += entry.links.count
            dated += entry.published != nil || entry.updated != nil ? 1 : 0
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes) / 1_000_000
        var lines = [
            "title:      \(feed.title ?? "(none)")",
            "dialect:    \(feed.format)",
            "encoding:   \(feed.encoding)",
            "well-formed: \(feed.isWellFormed ? "yes" : "no (read in recovery mode)")",
            "entries:    \(feed.entries.count)",
            "links:      \(feed.links.count) on the feed, \(entryLinks) on entries",
            "authors:    \(authors.count) distinct",
            "categories: \(categories.count) distinct",
            "dated:      \(dated) of \(feed.entries.count) entries",
            String(
                format: "time:       %.1f ms for %.2f MB (%.0f MB/s), sanitizing included", seconds * 1000, megabytes, megabytes / max(seconds, 1e-9)),
            "problems:   \(feed.problems.count)",
        ]
        lines += feed.problems.prefix(20).map { "  - \($0)" }
        if feed.problems.count > 20 {
            lines.append("  … \(feed.problems.count - 20) more")
        }
        return lines.joined(separator: "\n")
    }
}
