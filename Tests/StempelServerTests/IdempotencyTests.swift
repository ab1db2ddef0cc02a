import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

/// `Idempotency-Key`: a retried comment is stored once and answered as the first time.
@Suite struct IdempotencyTests {
    static func post(
        _ client: some TestClientProtocol, key: String?, body: String = "Herkenbaar verhaal, dank je wel.", column: String = "de-bakker-op-de-hoek"
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        let payload = try JSONSerialization.data(withJSONObject: ["author": ["name": "Lezer", "email": "lezer@example.nl"], "body": body])
        return try await client.execute(uri: "/api/v1/columns/\(column)/comments", method: .post, headers: headers, body: ByteBuffer(bytes: payload))
    }

    @Test(arguments: ServerBackend.available) func aRetryWithTheSameKeyGetsTheFirstAnswerAndStoresNothing(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let first = try await Self.post(client, key: "4f1c9a2e-retry")
                #expect(first.status == .created)
                let retry = try await Self.post(client, key: "4f1c9a2e-retry")
                #expect(retry.status == .created)
                #expect(retry.headers[.location] == first.headers[.location])
                #expect(retry.json["id"] as? String == first.json["id"] as? String)
                #expect(retry.json["status"] as? String == "approved")
                // The same key on another column is another request.
                let elsewhere = try await Self.post(client, key: "4f1c9a2e-retry", column: "wachten-op-de-monteur")
                #expect(elsewhere.json["id"] as? String != first.json["id"] as? String)
            }
            #expect(try await server.store.approvedComments(onColumn: "de-bakker-op-de-hoek").count == 1)
        }
    }

    @Test(arguments: ServerBackend.available) func theSameKeyWithAnotherCommentIsRefused(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                _ = try await Self.post(client, key: "sleutel-1")
                let other = try await Self.post(client, key: "sleutel-1", body: "Een heel andere reactie.")
                #expect(other.status == .unprocessableContent)
                #expect(other.headers[.contentType] == "application/problem+json")
                #expect(other.json["title"] as? String == "Idempotency-Key reused")
            }
            #expect(try await server.store.approvedComments(onColumn: "de-bakker-op-de-hoek").count == 1)
        }
    }

    @Test(arguments: ServerBackend.available) func concurrentRetriesStoreOneComment(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let ids = try await server.test { client in
                try await withThrowingTaskGroup(of: String?.self) { group in
                    for _ in 0..<8 {
                        group.addTask { try await Self.post(client, key: "tegelijk").json["id"] as? String }
                    }
                    return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
                }
            }
            #expect(ids.count == 1)
            #expect(ids.first! != nil)
            #expect(try await server.store.approvedComments(onColumn: "de-bakker-op-de-hoek").count == 1)
        }
    }

    @Test(arguments: ["", String(repeating: "x", count: 256), "met spatie", "ünïcode"])
    func malformedKeysAnswer400(key: String) async throws {
        try await TestServer().test { client in
            let response = try await Self.post(client, key: key)
            #expect(response.status == .badRequest)
            #expect(response.json["title"] as? String == "Invalid Idempotency-Key")
        }
    }

    @Test(arguments: ServerBackend.available) func aFormRetryIsRedirectedAgain(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", HTTPField.Name("Idempotency-Key")!: "formulier-1"]
                let form = "author=Anne&body=Mooi+verhaal&redirect=%2Fcolumns%2Fde-bakker-op-de-hoek"
                for _ in 0..<2 {
                    let response = try await client.execute(
                        uri: "/api/v1/columns/de-bakker-op-de-hoek/comments", method: .post, headers: headers, body: ByteBuffer(string: form))
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/columns/de-bakker-op-de-hoek")
                }
                let page = try await client.execute(uri: "/columns/de-bakker-op-de-hoek", method: .get).text
                #expect(page.contains("Reacties (1)"))
            }
        }
    }
}
