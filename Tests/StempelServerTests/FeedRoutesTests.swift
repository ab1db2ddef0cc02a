import Foundation
import Hummingbird
import HummingbirdTesting
import Syndication
import Testing

@Suite struct FeedRoutesTests {
    @Test(arguments: ServerBackend.available) func atomFeedListsColumnsWithApprovedCommentCounts(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar!")
                _ = try await client.postComment("Dank voor het delen.", name: "Piet")
                _ = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
                let response = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
                let atom = response.text
                #expect(atom.contains(#"<feed xmlns="http://www.w3.org/2005/Atom""#))
                #expect(atom.contains(#"thr:count="2""#))
                #expect(atom.contains(#"thr:count="0""#))
                #expect(atom.contains("Wachten op de monteur &amp; de &lt;planning&gt;"))

                let feed = try FeedParser().parse(Data(buffer: response.body))
                #expect(feed.entries.map(\.title) == ["Wachten op de monteur & de <planning>", "De bakker op de hoek"])
                #expect(feed.entries[1].id == "tag:stempel.test,2026-03-01:column/de-bakker-op-de-hoek")
                #expect(feed.id == "tag:stempel.test,2026-01-01:feeds/columns")
                #expect(feed.entries[1].categories.sorted() == ["gastvrijheid", "klantbeleving"])
            }
        }
    }

    @Test(arguments: ServerBackend.available) func idsAreStableAcrossRequests(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let first = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                _ = try await client.postComment("Herkenbaar!")
                let second = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                let ids = { (text: String) in try FeedParser().parse(Data(text.utf8)).entries.map(\.id) }
                #expect(try ids(first.text) == ids(second.text))
            }
        }
    }
}
