import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Syndication
import Testing

/// The published feeds through their routes: what they list, in every format.
@Suite struct PublishedFeedsTests {
    @Test(arguments: ServerBackend.available) func everyFormatListsPublishedColumnsNewestFirstWithApprovedCommentCounts(_ backend: ServerBackend)
        async throws
    {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar!")
                _ = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")  // held: not counted

                let atom = try FeedParser().parse(Data(buffer: try await client.execute(uri: "/feeds/columns.atom", method: .get).body))
                let rss = try FeedParser().parse(Data(buffer: try await client.execute(uri: "/feeds/columns.rss", method: .get).body))
                for feed in [atom, rss] {
                    #expect(feed.isWellFormed)
                    #expect(feed.entries.map(\.title) == ["Wachten op de monteur & de <planning>", "De bakker op de hoek"])
                    #expect(
                        feed.entries.map(\.id) == [
                            "tag:stempel.test,2026-03-31:column/wachten-op-de-monteur", "tag:stempel.test,2026-03-01:column/de-bakker-op-de-hoek",
                        ])
                    #expect(feed.entries[1].categories.sorted() == ["gastvrijheid", "klantbeleving"])
                    #expect(feed.entries[1].published == TestServer.columns[0].publishedAt)
                }
                #expect(atom.entries.map { $0.repliesLinks.first?.replyCount } == [0, 1])
                #expect(atom.entries[1].repliesLinks.first?.href == "https://stempel.test/columns/de-bakker-op-de-hoek/comments.atom")
                #expect(rss.entries.map(\.commentCount) == [0, 1])
                #expect(rss.entries[1].commentFeed == "https://stempel.test/columns/de-bakker-op-de-hoek/comments.rss")

                let json = try await client.execute(uri: "/feeds/columns.json", method: .get)
                #expect(json.headers[.contentType] == "application/feed+json; charset=utf-8")
                let items = try #require(json.json["items"] as? [[String: Any]])
                #expect(json.json["version"] as? String == "https://jsonfeed.org/version/1.1")
                #expect(json.json["feed_url"] as? String == "https://stempel.test/feeds/columns.json")
                #expect(items.map { $0["id"] as? String } == atom.entries.map(\.id))
                #expect(items.map { ($0["_stempel"] as? [String: Any])?["comment_count"] as? Int } == [0, 1])
                #expect(items[1]["date_published"] as? String == "2026-03-01T08:00:00Z")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func commentFeedsAnswerTheirColumnAndShowNothingPrivate(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar!", name: "Piet", email: "piet@example.nl")
                _ = try await client.postComment("KOOP NU BIJ ONS!!!")
                for path in ["/columns/de-bakker-op-de-hoek/comments.atom", "/feeds/comments.atom"] {
                    let response = try await client.execute(uri: path, method: .get)
                    #expect(response.status == .ok)
                    #expect(!response.text.contains("piet@example.nl"))
                    let feed = try FeedParser().parse(Data(buffer: response.body))
                    #expect(feed.entries.count == 1)
                    let entry = try #require(feed.entries.first)
                    #expect(entry.content?.text == "Herkenbaar!")
                    #expect(entry.authors.first?.name == "Piet")
                    #expect(entry.inReplyTo.first?.ref == "tag:stempel.test,2026-03-01:column/de-bakker-op-de-hoek")
                    #expect(entry.inReplyTo.first?.href == "https://columns.example.nl/columns/de-bakker-op-de-hoek")
                }
                let rss = try FeedParser().parse(
                    Data(buffer: try await client.execute(uri: "/columns/de-bakker-op-de-hoek/comments.rss", method: .get).body))
                #expect(rss.entries.map { ($0.content ?? $0.summary)?.text } == ["Herkenbaar!"])
                let missing = try await client.execute(uri: "/columns/bestaat-niet/comments.atom", method: .get)
                #expect(missing.status == .notFound)
                #expect(missing.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aCommentThatIsUnapprovedLaterDisappears(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("mila")
            try await server.test { client in
                let posted = try await client.postComment("Wat een mooi verhaal.")
                let id = try #require(posted.json["id"] as? String)
                let before = try await client.execute(uri: "/feeds/comments.atom", method: .get)
                #expect(before.text.contains("Wat een mooi verhaal."))

                let decision = try await client.execute(
                    uri: "/api/v1/submissions/\(id)/decision", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                    body: ByteBuffer(string: #"{"action": "reject", "from": "approved"}"#))
                #expect(decision.status == .ok)

                let after = try await client.execute(uri: "/feeds/comments.atom", method: .get)
                #expect(!after.text.contains("Wat een mooi verhaal."))
                #expect(after.headers[.eTag] != before.headers[.eTag])
                let columns = try FeedParser().parse(Data(buffer: try await client.execute(uri: "/feeds/columns.atom", method: .get).body))
                #expect(columns.entries.map { $0.repliesLinks.first?.replyCount } == [0, 0])
            }
        }
    }

    @Test(arguments: ServerBackend.available) func tagFeedsListOnlyTheirColumns(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                for format in ["atom", "rss", "json"] {
                    let response = try await client.execute(uri: "/tags/klachten.\(format)", method: .get)
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Wachten op de monteur"))
                    #expect(!response.text.contains("De bakker op de hoek"))
                }
                let unknown = try await client.execute(uri: "/tags/onbekend.atom", method: .get)
                #expect(unknown.status == .notFound)
                #expect(unknown.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func theIndexPageLetsReadersDiscoverTheFeeds(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(uri: "/", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = response.text
                #expect(
                    page.contains(
                        #"<link rel="alternate" type="application/atom+xml" title="Columns (Atom)" href="https://stempel.test/feeds/columns.atom">"#))
                #expect(page.contains(#"type="application/rss+xml""#))
                #expect(page.contains(#"type="application/feed+json""#))
                #expect(page.contains("https://stempel.test/tags/klachten.atom"))
                #expect(
                    page.contains(
                        #"<li><a href="/columns/wachten-op-de-monteur">Wachten op de monteur &amp; de &lt;planning&gt;</a> (Joost, 0)</li>"#))
            }
        }
    }

    @Test(arguments: ServerBackend.available) func feedsCarryAbsoluteLinksBaseAndLanguage(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let atom = try await client.execute(uri: "/feeds/columns.atom", method: .get).text
                #expect(atom.contains(#"xml:base="https://stempel.test/""#))
                #expect(atom.contains(#"xml:lang="nl""#))
                #expect(atom.contains(#"<link rel="self" type="application/atom+xml" href="https://stempel.test/feeds/columns.atom"/>"#))
                #expect(atom.contains(#"<link rel="alternate" type="text/html" href="https://stempel.test/"/>"#))
                #expect(atom.contains("<updated>2026-03-31T23:33:20Z</updated>"))
                let rss = try await client.execute(uri: "/feeds/columns.rss", method: .get).text
                #expect(rss.contains("<pubDate>Tue, 31 Mar 2026 23:33:20 +0000</pubDate>"))
                #expect(rss.contains(#"<atom:link rel="self" type="application/rss+xml" href="https://stempel.test/feeds/columns.rss"/>"#))
            }
        }
    }
}

/// A column's own page: what the feeds link to when the column has no page elsewhere.
@Suite struct ColumnPageTests {
    @Test(arguments: ServerBackend.available) func aColumnPageShowsTheColumnItsApprovedCommentsEscapedAndAForm(_ backend: ServerBackend) async throws
    {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar! <script>alert(1)</script>", name: "Piet & <Co>", column: "wachten-op-de-monteur")
                _ = try await client.postComment("KOOP NU BIJ ONS!!!", column: "wachten-op-de-monteur")
                let response = try await client.execute(uri: "/columns/wachten-op-de-monteur", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.hasPrefix("default-src 'none'") == true)
                let page = response.text
                #expect(page.contains("<h1>Wachten op de monteur &amp; de &lt;planning&gt;</h1>"))
                #expect(page.contains("<p>Drie keer gebeld.</p>"))
                #expect(page.contains("<strong>Piet &amp; &lt;Co&gt;</strong>"))
                #expect(page.contains("Herkenbaar! &lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!page.contains("<script>"))
                #expect(!page.contains("KOOP NU"))
                #expect(page.contains("Reacties (1)"))
                #expect(page.contains(#"<form method="post" action="/api/v1/columns/wachten-op-de-monteur/comments">"#))
                #expect(
                    page.contains(
                        #"<link rel="alternate" type="application/atom+xml" title="Reacties (Atom)" href="https://stempel.test/columns/wachten-op-de-monteur/comments.atom">"#
                    ))

                // The form posts and comes back to the page, where the approved comment now shows.
                let posted = try await client.execute(
                    uri: "/api/v1/columns/wachten-op-de-monteur/comments", method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "author=Anne&body=Mooi+verhaal&redirect=%2Fcolumns%2Fwachten-op-de-monteur%23reacties"))
                #expect(posted.status == .seeOther)
                #expect(posted.headers[.location] == "/columns/wachten-op-de-monteur#reacties")
                let after = try await client.execute(uri: "/columns/wachten-op-de-monteur", method: .get).text
                #expect(after.contains("Reacties (2)"))
                #expect(after.contains("<p>Mooi verhaal</p>"))

                let missing = try await client.execute(uri: "/columns/bestaat-niet", method: .get)
                #expect(missing.status == .notFound)
            }
        }
    }
}

/// Edits and undos reach the cached feeds at once.
@Suite struct FeedInvalidationTests {
    @Test(arguments: ServerBackend.available) func anEditAndAnUndoChangeTheFeedsOnTheNextRequest(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("mila")
            try await server.test { client in
                let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
                let id = try #require(try await client.postComment("Mijn telefoonnummer is 06-12345678, bel me!").json["id"] as? String)
                _ = try await client.execute(uri: "/feeds/comments.atom", method: .get)  // cached without it
                let approved = try await client.execute(
                    uri: "/api/v1/submissions/\(id)/decision", method: .post, headers: headers, body: ByteBuffer(string: #"{"action": "approve"}"#))
                #expect(approved.status == .ok)
                #expect(try await client.execute(uri: "/feeds/comments.atom", method: .get).text.contains("06-12345678"))

                let undone = try await client.execute(uri: "/api/v1/submissions/\(id)/undo", method: .post, headers: headers)
                #expect(undone.status == .ok)
                #expect(!(try await client.execute(uri: "/feeds/comments.atom", method: .get).text.contains("bel me")))

                let again = try await client.execute(
                    uri: "/api/v1/submissions/\(id)/decision", method: .post, headers: headers, body: ByteBuffer(string: #"{"action": "approve"}"#))
                #expect(again.status == .ok)
                let edited = try await client.execute(
                    uri: "/api/v1/submissions/\(id)/edit", method: .post, headers: headers,
                    body: ByteBuffer(string: #"{"body": "Mijn telefoonnummer is [verwijderd], bel me!"}"#))
                #expect(edited.status == .ok)
                let afterEdit = try await client.execute(uri: "/feeds/comments.atom", method: .get).text
                #expect(!afterEdit.contains("06-12345678"))
                #expect(afterEdit.contains("[verwijderd]"))
            }
        }
    }
}
