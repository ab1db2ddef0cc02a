import Foundation
import Logging
import StempelServer
import Storage
import Testing

@Suite struct SampleFeedLoaderTests {
    private func load(_ atom: String, into store: SQLiteStore) async throws -> Int {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-\(UUID().uuidString).atom")
        try atom.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try await SampleFeedLoader(store: store, logger: Logger(label: "test")).loadIfEmpty(path: file.path)
    }

    @Test func hostileFeedContentIsSanitizedOnTheWayIn() async throws {
        let store = try SQLiteStore.inMemory()
        let added = try await load(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
            <entry><id>urn:e1</id><title type="html">De &lt;b&gt;kassa&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>
            <updated>2026-02-01T00:00:00Z</updated><author><name>&lt;img src=x onerror=alert(1)&gt;Ria</name></author>
            <link rel="alternate" href="https://columns.example.nl/columns/de-kassa"/>
            <content type="html">&lt;p onclick="x()"&gt;Hallo &lt;a href="javascript:alert(1)"&gt;klik&lt;/a&gt; &lt;a href="/meer"&gt;meer&lt;/a&gt;&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;</content>
            </entry></feed>
            """,
            into: store
        )
        #expect(added == 1)
        let column = try #require(try await store.columnSummary(slug: "de-kassa")?.column)
        #expect(!column.title.contains("<"))
        #expect(column.title.hasPrefix("De kassa"))
        #expect(column.author == "Ria")
        #expect(!column.contentHTML.contains("script"))
        #expect(!column.contentHTML.contains("onclick"))
        #expect(!column.contentHTML.contains("javascript:"))
        #expect(column.contentHTML.contains(#"href="https://columns.example.nl/meer""#))
    }

    @Test func anUnreadableSampleFeedNamesTheFile() async throws {
        let store = try SQLiteStore.inMemory()
        await #expect(throws: ConfigurationError.self) {
            try await SampleFeedLoader(store: store, logger: Logger(label: "test")).loadIfEmpty(path: "/nonexistent/feed.atom")
        }
    }

    @Test func theShippedSampleLoadsSixColumnsOnce() async throws {
        let store = try SQLiteStore.inMemory()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loader = SampleFeedLoader(store: store, logger: Logger(label: "test"))
        #expect(try await loader.loadIfEmpty(path: root.appendingPathComponent("Feeds/columns.atom").path) == 6)
        #expect(try await loader.loadIfEmpty(path: root.appendingPathComponent("Feeds/columns.atom").path) == 0)
    }
}
