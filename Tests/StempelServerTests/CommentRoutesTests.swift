import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct CommentRoutesTests {
    @Test(arguments: ServerBackend.available) func friendlyCommentIsApprovedAndReadable(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.postComment("Wat een mooi verhaal, herkenbaar!")
                #expect(response.status == .created)
                #expect(response.json["status"] as? String == "approved")
                let id = try #require(response.json["id"] as? String)
                #expect(response.headers[.location] == "/api/v1/comments/\(id)")

                let view = try await client.execute(uri: "/api/v1/comments/\(id)", method: .get)
                #expect(view.status == .ok)
                #expect(view.json["body"] as? String == "Wat een mooi verhaal, herkenbaar!")
                #expect(view.json["author"] as? String == "Lezer")
                #expect(view.json["column"] as? String == "de-bakker-op-de-hoek")
                #expect(view.json["status"] as? String == "approved")
                #expect(view.json["created"] is String)
                #expect(view.json["findings"] == nil)
                #expect(view.json["email"] == nil)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func shoutingIsHeld(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
                #expect(response.status == .created)
                #expect(response.json["status"] as? String == "held")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func twoLinksAreHeld(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.postComment("Kijk op https://a.example en https://b.example voor korting")
                #expect(response.json["status"] as? String == "held")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func unknownColumnIsA404Problem(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.postComment("Mooi", column: "bestaat-niet")
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.json["status"] as? Int == 404)
                #expect((response.json["detail"] as? String)?.contains("bestaat-niet") == true)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func unknownCommentIsA404Problem(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(uri: "/api/v1/comments/onbekend", method: .get)
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func formPostIsAccepted(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/columns/de-bakker-op-de-hoek/comments",
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded; charset=utf-8"],
                    body: ByteBuffer(string: "author=Anja+de+Wit&email=anja%40example.nl&url=&body=Heel+herkenbaar%2C+dank+je+w%C3%A9l")
                )
                #expect(response.status == .created)
                let id = try #require(response.json["id"] as? String)
                let view = try await client.execute(uri: "/api/v1/comments/\(id)", method: .get)
                #expect(view.json["body"] as? String == "Heel herkenbaar, dank je wél")
                #expect(view.json["author"] as? String == "Anja de Wit")
            }
        }
    }

    @Test(arguments: ["/columns/de-bakker-op-de-hoek#reacties", "https://columns.example.nl/columns/de-bakker-op-de-hoek", "https://stempel.test/x"])
    func formPostWithSameSiteRedirectAnswers303(redirect: String) async throws {
        try await TestServer().test { client in
            let encoded = redirect.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let response = try await client.execute(
                uri: "/api/v1/columns/de-bakker-op-de-hoek/comments",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "author=Anja&body=Mooi&redirect=\(encoded)")
            )
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == redirect)
        }
    }

    @Test(arguments: ["https://evil.example/phish", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
    func foreignRedirectIsRefusedAndNothingStored(redirect: String) async throws {
        let server = try await TestServer()
        try await server.test { client in
            let encoded = redirect.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let response = try await client.execute(
                uri: "/api/v1/columns/de-bakker-op-de-hoek/comments",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "author=Anja&body=Mooi&redirect=\(encoded)")
            )
            #expect(response.status == .unprocessableContent)
            #expect(try await server.store.recentSubmissionCount(.authorName("Anja"), since: .distantPast) == 0)
        }
    }
}
