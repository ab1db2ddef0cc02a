import Foundation
import Hummingbird
import HummingbirdTesting
import Moderation
import Storage
import Syndication
import Testing

/// Columns held from moderated sources, through the queue and the decision routes.
@Suite struct HeldColumnQueueTests {
    private func send(
        _ client: some TestClientProtocol, _ uri: String, _ method: HTTPRequest.Method = .get, token: String?, json: String? = nil
    ) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    @Test(arguments: ServerBackend.available) func heldColumnsAreQueuedAndApprovingOnePublishesItInTheFeed(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            let source = try await server.holdColumns()
            try await server.test { client in
                _ = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER")  // a held comment beside them
                let queue = try await send(client, "/api/v1/queue", token: token)
                let items = try #require(queue.json["items"] as? [[String: Any]])
                #expect(items.compactMap { $0["kind"] as? String }.sorted() == ["column", "column", "comment"])
                let columns = items.filter { $0["kind"] as? String == "column" }
                #expect(columns.map { $0["title"] as? String } == ["Gehouden 1 <b>", "Gehouden 2 <b>"])
                #expect(columns.first?["summary"] as? String == "Waar het over gaat 1")
                #expect((columns.first?["source"] as? [String: Any])?["name"] as? String == "Het blog")
                #expect(columns.first?["findings"] == nil)

                let bySource = try await send(client, "/api/v1/queue?source=\(source.id)", token: token)
                #expect((bySource.json["items"] as? [[String: Any]])?.count == 2)
                let comments = try await send(client, "/api/v1/queue?kind=comment", token: token)
                #expect((comments.json["items"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["comment"])
                let firstPage = try await send(client, "/api/v1/queue?limit=2", token: token)
                let cursor = try #require(firstPage.json["next"] as? String)
                let secondPage = try await send(client, "/api/v1/queue?limit=2&cursor=\(cursor)", token: token)
                let paged = ((firstPage.json["items"] as? [[String: Any]] ?? []) + (secondPage.json["items"] as? [[String: Any]] ?? []))
                #expect(paged.compactMap { $0["id"] as? String } == items.compactMap { $0["id"] as? String })
                for bad in ["source=abc", "kind=pagina"] {
                    let response = try await send(client, "/api/v1/queue?\(bad)", token: token)
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }

                let before = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(!before.text.contains("Gehouden 1"))
                let approveID = try #require(columns.first?["id"] as? String)
                let approved = try await send(
                    client, "/api/v1/submissions/\(approveID)/decision", .post, token: token, json: #"{"action": "approve"}"#)
                #expect(approved.status == .ok)
                #expect(approved.json["status"] as? String == "approved")
                let after = try FeedParser().parse(Data(buffer: try await client.execute(uri: "/feeds/columns.atom", method: .get).body))
                #expect(after.entries.map(\.title).contains("Gehouden 1 <b>"))
                #expect(!after.entries.map(\.title).contains("Gehouden 2 <b>"))

                let again = try await send(client, "/api/v1/submissions/\(approveID)/decision", .post, token: token, json: #"{"action": "reject"}"#)
                #expect(again.status == .conflict)
                let rejectID = try #require(columns.last?["id"] as? String)
                let bulk = try await send(
                    client, "/api/v1/decisions", .post, token: token, json: #"{"ids": ["\#(rejectID)", "column-999"], "action": "reject"}"#)
                let results = try #require(bulk.json["results"] as? [[String: Any]])
                #expect(results.map { $0["outcome"] as? String } == ["decided", "not-found"])
                #expect(
                    try await send(client, "/api/v1/submissions/column-999/decision", .post, token: token, json: #"{"action": "approve"}"#).status
                        == .notFound)
                let final = try FeedParser().parse(Data(buffer: try await client.execute(uri: "/feeds/columns.atom", method: .get).body))
                #expect(!final.entries.map(\.title).contains("Gehouden 2 <b>"))
                let remaining = try await send(client, "/api/v1/queue?kind=column", token: token)
                #expect((remaining.json["items"] as? [Any])?.isEmpty == true)

                // Columns are decided once and never rewritten: undo and edit answer 409 (404 when unknown).
                for (uri, json) in [("undo", "{}"), ("edit", #"{"body": "Andere tekst"}"#)] {
                    let refused = try await send(client, "/api/v1/submissions/\(approveID)/\(uri)", .post, token: token, json: json)
                    #expect(refused.status == .conflict, "\(uri)")
                    #expect(refused.headers[.contentType] == "application/problem+json")
                    let unknown = try await send(client, "/api/v1/submissions/column-999/\(uri)", .post, token: token, json: json)
                    #expect(unknown.status == .notFound, "\(uri)")
                }
            }
            let events = try await server.store.auditEvents(after: nil, limit: 10)
            #expect(events.map(\.action) == ["held", "held", "approve", "reject"])
            #expect(events.map(\.actor) == ["rules", "rules", "anja", "anja"])
        }
    }

    @Test(arguments: ServerBackend.available) func aJudgedColumnShowsItsFindingsAndTheRuleAndScoreFiltersFindIt(_ backend: ServerBackend) async throws
    {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            let findings = [
                RuleFinding(rule: "word-list", score: 4, reason: "the word <casino>"), RuleFinding(rule: "link-limit", score: 2.5, reason: "3 links"),
            ]
            try await server.holdColumns(["beoordeeld"], findings: findings)
            try await server.test { client in
                let queue = try await send(client, "/api/v1/queue?kind=column", token: token)
                let item = try #require((queue.json["items"] as? [[String: Any]])?.first)
                #expect(item["score"] as? Double == 6.5)
                let listed = try #require(item["findings"] as? [[String: Any]])
                #expect(listed.map { $0["rule"] as? String } == ["word-list", "link-limit"])
                #expect(listed.first?["reason"] as? String == "the word <casino>")
                for (filter, count) in [("rule=word-list", 1), ("rule=shouting", 0), ("min_score=6", 1), ("min_score=7", 0)] {
                    let filtered = try await send(client, "/api/v1/queue?kind=column&\(filter)", token: token)
                    #expect((filtered.json["items"] as? [Any])?.count == count, "\(filter)")
                }
            }
        }
    }
}
