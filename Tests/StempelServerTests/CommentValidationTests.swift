import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct CommentValidationTests {
    private func post(_ client: some TestClientProtocol, body: String, contentType: String? = "application/json") async throws -> TestResponse {
        var headers = HTTPFields()
        if let contentType { headers[.contentType] = contentType }
        return try await client.execute(
            uri: "/api/v1/columns/de-bakker-op-de-hoek/comments", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Every refused request leaves the store as it was.
    private func expectNothingStored(_ server: TestServer) async throws {
        #expect(try await server.store.recentSubmissionCount(.authorName("Lezer"), since: .distantPast) == 0)
        #expect(try await server.store.recentSubmissionCount(.authorName("x"), since: .distantPast) == 0)
    }

    @Test(arguments: [
        (#"{"author": {"name": "Lezer"}, "body": "#, 400),
        (#"[1, 2]"#, 400),
        (#"{"author": {"name": "Lezer"}, "body": ""}"#, 422),
        (#"{"author": {"name": "Lezer"}, "body": "   \n "}"#, 422),
        (#"{"author": {"name": ""}, "body": "Mooi"}"#, 422),
        (#"{"body": "Mooi"}"#, 422),
        (#"{"author": {"name": "Lezer"}, "body": 42}"#, 422),
        (#"{"author": {"name": "Lezer", "email": "geen-adres"}, "body": "Mooi"}"#, 422),
        (#"{"author": {"name": "Lezer", "url": "javascript:alert(1)"}, "body": "Mooi"}"#, 422),
    ])
    func badRequestsAreProblems(body: String, status: Int) async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await post(client, body: body)
            #expect(response.status.code == status)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.json["status"] as? Int == status)
            #expect((response.json["detail"] as? String)?.isEmpty == false)
        }
        try await expectNothingStored(server)
    }

    @Test(arguments: ServerBackend.available) func overLongBodyAndNameAreRefusedWithTheLimits(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let long = String(repeating: "a", count: 5_001)
                let response = try await post(client, body: #"{"author": {"name": "\#(String(repeating: "n", count: 101))"}, "body": "\#(long)"}"#)
                #expect(response.status == .unprocessableContent)
                let errors = try #require(response.json["errors"] as? [[String: String]])
                #expect(errors.map { $0["field"] } == ["body", "author.name"])
                #expect(errors[0]["message"]?.contains("5000") == true)
            }
            try await expectNothingStored(server)
        }
    }

    @Test(arguments: ServerBackend.available) func bodyAtTheLimitIsAccepted(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await post(client, body: #"{"author": {"name": "Lezer"}, "body": "\#(String(repeating: "é", count: 5_000))"}"#)
                #expect(response.status == .created)
            }
        }
    }

    @Test(arguments: ["text/plain", "multipart/form-data; boundary=x", nil])
    func unsupportedMediaTypeIs415(contentType: String?) async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await post(client, body: "author=x&body=y", contentType: contentType)
            #expect(response.status == .unsupportedMediaType)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
        try await expectNothingStored(server)
    }

    @Test(arguments: ServerBackend.available) func oversizedRequestIs413(_ backend: ServerBackend) async throws {
        try await backend.withStore { store in
            let server = try await TestServer(store: store, configure: { $0.limits.requestMaxBytes = 1_000 })
            try await server.test { client in
                let response = try await post(client, body: #"{"author": {"name": "Lezer"}, "body": "\#(String(repeating: "a", count: 2_000))"}"#)
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            try await expectNothingStored(server)
        }
    }

    @Test(arguments: ServerBackend.available) func controlCharactersAreStrippedAndTextTrimmed(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await post(client, body: #"{"author": {"name": "  Lezer\u0000 "}, "body": " Mooi\u0007 verhaal\n"}"#)
                let id = try #require(response.json["id"] as? String)
                let view = try await client.execute(uri: "/api/v1/comments/\(id)", method: .get)
                #expect(view.json["body"] as? String == "Mooi verhaal")
                #expect(view.json["author"] as? String == "Lezer")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func unknownRouteIsAProblem(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(uri: "/nergens", method: .get)
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }
}

@Suite struct InvisibleTextTests {
    @Test(arguments: ["\u{FEFF}", "\u{200B}\u{200B}", "\u{200D}", "\u{200E}\u{200F}", " \u{2060} "])
    func textOfOnlyInvisibleCharactersIsEmpty(text: String) async throws {
        try await TestServer().test { client in
            let response = try await client.postComment(text)
            #expect(response.status == .unprocessableContent)
            let errors = response.json["errors"] as? [[String: String]]
            #expect(errors?.first == ["field": "body", "message": "must not be empty"])
        }
    }
}

@Suite struct ReadinessTests {
    @Test(arguments: ServerBackend.available) func readyzAnswersOnceEveryMigrationIsApplied(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let response = try await client.execute(uri: "/readyz", method: .get)
                #expect(response.status == .ok)
                #expect(response.json["status"] as? String == "ready")
                #expect((response.json["migrations"] as? Int ?? 0) >= 6)
            }
        }
    }
}
