import Foundation
import Syndication
import Testing

/// Recoverable problems are listed in document order, with lines, and capped.
@Suite("Problems")
struct ProblemsTests {
    @Test func listedInDocumentOrderWithLines() throws {
        let feed = try FeedParser().parse(
            Fixtures.atom(
                """
                <entry><id>a</id><updated>gisteren</updated></entry>
                <entry><id>b</id><x:y>undefined prefix</x:y></entry>
                <entry><id>c</id><link rel="alternate"/></entry>
                """
            )
        )
        #expect(feed.entries.count == 3)
        #expect(feed.problems.count == 3)
        #expect(feed.problems[0] == "Line 6: Unreadable date \"gisteren\" in <updated>.")
        #expect(feed.problems[1].hasPrefix("Line 7: ") && feed.problems[1].contains("x"))
        #expect(feed.problems[2] == "Line 8: A <link> without href was skipped.")
    }

    @Test func cappedAtOneHundred() throws {
        let dates = try FeedParser().parse(Fixtures.rss(String(repeating: "<item><pubDate>nooit</pubDate></item>\n", count: 150)))
        #expect(dates.problems.count == 101)
        #expect(dates.problems.last == "50 further problems were not listed.")
        let prefixes = try FeedParser().parse(Fixtures.atom(String(repeating: "<x:y/>\n", count: 130)))
        #expect(prefixes.problems.count == 101)
        #expect(prefixes.problems.last == "30 further problems were not listed.")
    }
}
