import Foundation
import Hummingbird
import HummingbirdTesting
import Moderation
import ModerationKit
import Storage
import Testing

@Suite struct WebhookRoutesTests {
    private func send(_ client: some TestClientProtocol, _ uri: String, _ method: HTTPRequest.Method = .get, token: String?) async throws
        -> TestResponse
    {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: method, headers: headers)
    }

    /// One delivery given up, one still pending; returns their ids.
    private func deliveries(in store: any StempelStore & WebhookOutbox) async throws -> (failed: Int64, pending: Int64) {
        let payload: @Sendable (QueueItem) throws -> String = { "{\"id\":\"\($0.id)\"}" }
        _ = try await store.enqueueHeldSubmissions(at: Date(), limit: 10, payload: payload)
        for body in ["EERSTE SCHREEUW VAN DE DAG", "TWEEDE SCHREEUW VAN DE DAG"] {
            let submission = Submission(body: body, author: .init(name: "Lezer", email: "lezer@example.nl"), column: "de-bakker-op-de-hoek")
            try await store.insertComment(StoredComment(judged: submission, verdict: Verdict(status: .held, totalScore: 5, findings: [], runs: [])))
        }
        _ = try await store.enqueueHeldSubmissions(at: Date(), limit: 10, payload: payload)
        let due = try await store.dueWebhookDeliveries(at: Date().addingTimeInterval(1), limit: 10)
        try await store.markWebhookFailed(id: due[0].id, error: "HTTP 500\u{1b}[31m", retryAt: nil)
        return (due[0].id, due[1].id)
    }

    @Test(arguments: ServerBackend.available) func adminsListGivenUpDeliveriesAndRetryOne(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let admin = try await server.addModerator("beheer", role: .admin)
            let moderator = try await server.addModerator("anja")
            let ids = try await deliveries(in: server.store)
            try await server.test { client in
                #expect(try await send(client, "/api/v1/webhooks/deliveries", token: nil).status == .unauthorized)
                let forbidden = try await send(client, "/api/v1/webhooks/deliveries?state=failed", token: moderator)
                #expect(forbidden.status == .forbidden)
                #expect(forbidden.headers[.contentType] == "application/problem+json")
                #expect(try await send(client, "/api/v1/webhooks/deliveries/\(ids.failed)/retry", .post, token: moderator).status == .forbidden)

                let list = try await send(client, "/api/v1/webhooks/deliveries?state=failed", token: admin)
                let deliveries = try #require(list.json["deliveries"] as? [[String: Any]])
                #expect(deliveries.map { $0["id"] as? Int } == [Int(ids.failed)])
                #expect(deliveries.first?["attempts"] as? Int == 1)
                #expect(deliveries.first?["last_error"] as? String == "HTTP 500\u{1b}[31m")
                #expect(deliveries.first?["state"] as? String == "failed")
                #expect(deliveries.first?["kind"] as? String == "comment")
                #expect(deliveries.first?["submission_id"] as? String != nil)
                #expect(deliveries.first?["comment_id"] as? String == deliveries.first?["submission_id"] as? String)

                for bad in ["state=pending", "state=failed&limit=0", "limit=x"] {
                    let response = try await send(client, "/api/v1/webhooks/deliveries?\(bad)", token: admin)
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }

                let retried = try await send(client, "/api/v1/webhooks/deliveries/\(ids.failed)/retry", .post, token: admin)
                #expect(retried.status == .accepted)
                #expect(retried.json["state"] as? String == "pending")
                #expect(try await send(client, "/api/v1/webhooks/deliveries/\(ids.failed)/retry", .post, token: admin).status == .conflict)
                #expect(try await send(client, "/api/v1/webhooks/deliveries/\(ids.pending)/retry", .post, token: admin).status == .conflict)
                #expect(try await send(client, "/api/v1/webhooks/deliveries/999/retry", .post, token: admin).status == .notFound)
                #expect(try await send(client, "/api/v1/webhooks/deliveries/x/retry", .post, token: admin).status == .badRequest)
                let empty = try await send(client, "/api/v1/webhooks/deliveries", token: admin)
                #expect((empty.json["deliveries"] as? [Any])?.isEmpty == true)
            }
            let due = try await server.store.dueWebhookDeliveries(at: Date().addingTimeInterval(1), limit: 10)
            #expect(due.first { $0.id == ids.failed }?.attempts == 0)
        }
    }

    @Test(arguments: ServerBackend.available) func aGivenUpColumnDeliveryIsListedWithItsKind(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let admin = try await server.addModerator("beheer", role: .admin)
            _ = try await server.store.enqueueHeldSubmissions(at: Date(), limit: 10) { $0.id }
            try await server.holdColumns(["een-gehouden-column"])
            _ = try await server.store.enqueueHeldSubmissions(at: Date(), limit: 10) { $0.id }
            let due = try await server.store.dueWebhookDeliveries(at: Date().addingTimeInterval(1), limit: 10)
            try #require(due.count == 1)
            try await server.store.markWebhookFailed(id: due[0].id, error: "answered 503", retryAt: nil)
            let column = try #require(try await server.store.heldColumns(QueueQuery()).first)
            try await server.test { client in
                let list = try await send(client, "/api/v1/webhooks/deliveries", token: admin)
                let deliveries = try #require(list.json["deliveries"] as? [[String: Any]])
                #expect(deliveries.count == 1)
                #expect(deliveries.first?["kind"] as? String == "column")
                #expect(deliveries.first?["submission_id"] as? String == column.id)
                #expect(deliveries.first?["comment_id"] == nil)
                let retried = try await send(client, "/api/v1/webhooks/deliveries/\(due[0].id)/retry", .post, token: admin)
                #expect(retried.status == .accepted)
                #expect(retried.json["submission_id"] as? String == column.id)
            }
        }
    }
}
