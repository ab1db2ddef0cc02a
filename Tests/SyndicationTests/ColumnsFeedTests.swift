import Foundation
import Syndication
import Testing

@Suite("Feeds/columns.atom")
struct ColumnsFeedTests {
    private static let vocabulary: Set = ["klantbeleving", "klantenservice", "verwachtingen", "ambassadeurs", "klachten", "gastvrijheid"]

    @Test func feedMetadata() throws {
        let feed = try FeedParser().parse(Fixtures.columnsFeed())
        #expect(feed.format == .atom)
        #expect(feed.title == "Ervaringscolumns")
        #expect(feed.id == "tag:columns.example.nl,2026-01-01:columns")
        #expect(feed.updated == (try Fixtures.date("2026-11-14T08:30:00Z")))
        #expect(feed.links.contains(FeedLink(href: "https://columns.example.nl/feeds/columns.atom", rel: "self", type: "application/atom+xml")))
        #expect(feed.problems.isEmpty)
    }

    @Test func sixColumnsWithStableIDsAndSlugs() throws {
        let entries = try FeedParser().parse(Fixtures.columnsFeed()).entries
        #expect(entries.count == 6)
        #expect(Set(entries.compactMap(\.id)).count == 6)
        for entry in entries {
            let link = try #require(entry.alternateLink)
            #expect(link.href.hasPrefix("https://columns.example.nl/columns/"))
            let slug = try #require(link.href.split(separator: "/").last.map(String.init))
            #expect(slug.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "slug \(slug)")
            #expect(entry.id?.hasPrefix("tag:columns.example.nl,2026-") == true)
            #expect(entry.id?.hasSuffix(":column/\(slug)") == true)
        }
    }

    @Test func everyColumnIsComplete() throws {
        let year2026 = try Fixtures.date("2026-01-01T00:00:00Z")..<Fixtures.date("2027-01-01T00:00:00Z")
        for entry in try FeedParser().parse(Fixtures.columnsFeed()).entries {
            #expect(entry.title?.isEmpty == false)
            #expect(entry.authors.first?.name?.isEmpty == false)
            #expect((2...3).contains(entry.categories.count))
            #expect(Set(entry.categories).isSubset(of: Self.vocabulary))
            let published = try #require(entry.published)
            let updated = try #require(entry.updated)
            #expect(year2026.contains(published) && year2026.contains(updated) && published <= updated)
            let content = try #require(entry.content)
            #expect(content.type == .html)
            #expect(content.text.hasPrefix("<p>"))
            let words = content.text.replacing(/<[^>]+>/, with: " ").split(whereSeparator: \.isWhitespace).count
            #expect((150...300).contains(words), "\(entry.title ?? "") has \(words) words")
            #expect(content.text.contains("De les:"))
        }
    }

    @Test func offsetsAreApplied() throws {
        let newest = try #require(try FeedParser().parse(Fixtures.columnsFeed()).entries.first)
        #expect(newest.title == "Het loket dat wél meedacht")
        #expect(newest.published == (try Fixtures.date("2026-11-14T08:30:00Z")))
    }
}

@Suite("Concurrency")
struct ConcurrentParsingTests {
    /// libxml2 is set up once per process; after that, parses on many threads must not interfere.
    @Test func parsesConcurrently() async throws {
        let data = try Fixtures.columnsFeed()
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { try FeedParser().parse(data).entries.count }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 6, count: 16))
    }
}
