import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// What makes polling cheap: validators, 304s, gzip, HEAD, Cache-Control, WebSub links.
@Suite struct FeedCachingTests {
    @Test(arguments: ServerBackend.available) func aMatchingEntityTagAnswers304WithoutABody(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let first = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                let tag = try #require(first.headers[.eTag])
                #expect(tag.hasPrefix("\"") && !tag.hasPrefix("W/"))
                #expect(first.headers[.cacheControl] == "public, max-age=300")
                #expect(first.headers[.vary] == "Accept-Encoding")

                let again = try await client.execute(uri: "/feeds/columns.atom", method: .get, headers: [.ifNoneMatch: tag])
                #expect(again.status == .notModified)
                #expect(again.body.readableBytes == 0)
                #expect(again.headers[.eTag] == tag)

                let other = try await client.execute(uri: "/feeds/columns.atom", method: .get, headers: [.ifNoneMatch: "\"iets-anders\""])
                #expect(other.status == .ok)
                #expect(other.body == first.body)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func ifModifiedSinceAnswers304UntilSomethingChanges(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let first = try await client.execute(uri: "/feeds/columns.rss", method: .get)
                let lastModified = try #require(first.headers[.lastModified])
                #expect(lastModified == "Tue, 31 Mar 2026 23:33:20 GMT")
                let unchanged = try await client.execute(uri: "/feeds/columns.rss", method: .get, headers: [.ifModifiedSince: lastModified])
                #expect(unchanged.status == .notModified)

                _ = try await client.postComment("Herkenbaar!")
                let changed = try await client.execute(uri: "/feeds/columns.rss", method: .get, headers: [.ifModifiedSince: lastModified])
                #expect(changed.status == .ok)
                #expect(changed.headers[.eTag] != first.headers[.eTag])
                let stale = try await client.execute(
                    uri: "/feeds/columns.rss", method: .get, headers: [.ifNoneMatch: try #require(first.headers[.eTag])])
                #expect(stale.status == .ok)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func gzipIsServedWhenAcceptedWithItsOwnEntityTag(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let plain = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                let compressed = try await client.execute(uri: "/feeds/columns.atom", method: .get, headers: [.acceptEncoding: "br, gzip;q=0.8"])
                #expect(compressed.headers[.contentEncoding] == "gzip")
                #expect(compressed.body.readableBytes < plain.body.readableBytes)
                #expect(Array(compressed.body.readableBytesView.prefix(2)) == [0x1f, 0x8b])
                #expect(compressed.headers[.eTag] != plain.headers[.eTag])
                let refused = try await client.execute(uri: "/feeds/columns.atom", method: .get, headers: [.acceptEncoding: "gzip;q=0"])
                #expect(refused.headers[.contentEncoding] == nil)
                // Either representation's tag validates: both name the same content.
                let revalidated = try await client.execute(
                    uri: "/feeds/columns.atom", method: .get,
                    headers: [.acceptEncoding: "gzip", .ifNoneMatch: try #require(plain.headers[.eTag])])
                #expect(revalidated.status == .notModified)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func headAnswersLikeGetWithoutTheBody(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                for path in ["/feeds/columns.atom", "/feeds/columns.json", "/tags/klachten.rss", "/"] {
                    let get = try await client.execute(uri: path, method: .get)
                    let head = try await client.execute(uri: path, method: .head)
                    #expect(head.status == .ok)
                    #expect(head.body.readableBytes == 0)
                    #expect(head.headers[.eTag] == get.headers[.eTag])
                    #expect(head.headers[.contentLength] == String(get.body.readableBytes))
                }
            }
        }
    }

    @Test(arguments: ServerBackend.available) func archivePagesFollowRFC5005AndAreCachedForLong(_ backend: ServerBackend) async throws {
        try await backend.withStore { store in
            let server = try await TestServer(store: store, configure: { $0.publishing.pageSize = 1 })
            // Two columns, one per page: two full archive pages besides the subscription document.
            try await server.test { client in
                let current = try await client.execute(uri: "/feeds/columns.atom", method: .get).text
                #expect(
                    current.contains(
                        #"<link rel="prev-archive" type="application/atom+xml" href="https://stempel.test/feeds/columns/archive/2.atom"/>"#))
                #expect(!current.contains("fh:archive"))
                #expect(current.contains("Wachten op de monteur"))
                #expect(!current.contains("De bakker op de hoek"))

                let oldest = try await client.execute(uri: "/feeds/columns/archive/1.atom", method: .get)
                #expect(oldest.status == .ok)
                #expect(oldest.headers[.cacheControl] == "public, max-age=86400")
                #expect(oldest.text.contains("<fh:archive/>"))
                #expect(oldest.text.contains("De bakker op de hoek"))
                #expect(oldest.text.contains(#"<link rel="current" type="application/atom+xml" href="https://stempel.test/feeds/columns.atom"/>"#))
                #expect(
                    oldest.text.contains(#"rel="next-archive" type="application/atom+xml" href="https://stempel.test/feeds/columns/archive/2.atom""#))
                #expect(!oldest.text.contains("prev-archive"))
                let newest = try await client.execute(uri: "/feeds/columns/archive/2.rss", method: .get).text
                #expect(
                    newest.contains(
                        #"<atom:link rel="prev-archive" type="application/rss+xml" href="https://stempel.test/feeds/columns/archive/1.rss"/>"#))
                let json = try await client.execute(uri: "/feeds/columns.json", method: .get)
                #expect(json.json["next_url"] as? String == "https://stempel.test/feeds/columns/archive/2.json")

                let beyond = try await client.execute(uri: "/feeds/columns/archive/3.atom", method: .get)
                #expect(beyond.status == .notFound)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aConfiguredHubIsAnnouncedInHeadersAndDocuments(_ backend: ServerBackend) async throws {
        try await backend.withStore { store in
            let server = try await TestServer(
                store: store,
                configure: {
                    $0.publishing.websubHub = "https://hub.example/"
                    $0.publishing.maxAgeSeconds = 60
                })
            try await server.test { client in
                let atom = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(atom.headers[.cacheControl] == "public, max-age=60")
                #expect(
                    atom.headers[values: HTTPField.Name("Link")!] == [
                        #"<https://hub.example/>; rel="hub", <https://stempel.test/feeds/columns.atom>; rel="self""#
                    ])
                #expect(atom.text.contains(#"<link rel="hub" href="https://hub.example/"/>"#))
                let rss = try await client.execute(uri: "/feeds/columns.rss", method: .get).text
                #expect(rss.contains(#"<atom:link rel="hub" href="https://hub.example/"/>"#))
                let json = try await client.execute(uri: "/feeds/columns.json", method: .get)
                #expect((json.json["hubs"] as? [[String: String]]) == [["type": "WebSub", "url": "https://hub.example/"]])
            }
        }
    }

    @Test(arguments: ["/feeds/columns.xml", "/feeds/columns/archive/0.atom", "/columns/de-bakker-op-de-hoek/replies.atom", "/tags/.atom"])
    func pathsThatNameNoFeedAnswer404(path: String) async throws {
        try await TestServer().test { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }
}

@Suite struct TransportSecurityTests {
    @Test func everyResponseSaysNosniffAndHTTPSSitesSayHSTS() async throws {
        // TestServer's site is https://stempel.test.
        try await TestServer().test { client in
            for path in ["/feeds/columns.atom", "/api/v1/columns", "/healthz", "/bestaat-niet"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(response.headers[.strictTransportSecurity] == "max-age=31536000", "\(path)")
            }
        }
        try await TestServer { $0.site.baseURL = "http://127.0.0.1:8080" }.test { client in
            let response = try await client.execute(uri: "/feeds/columns.atom", method: .get)
            #expect(response.headers[.strictTransportSecurity] == nil)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
        }
    }
}
