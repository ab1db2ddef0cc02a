import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct ModerationRoutesTests {
    private func get(_ client: some TestClientProtocol, _ uri: String, token: String?) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    private func post(_ client: some TestClientProtocol, _ uri: String, token: String?, json: String) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
    }

    @Test(arguments: ServerBackend.available) func everyModerationRouteNeedsATokenAndTheRightRole(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let moderator = try await server.addModerator("anja")
            try await server.test { client in
                for uri in ["/api/v1/queue", "/api/v1/audit"] {
                    for token in [nil, "stp_0000", "garbage"] as [String?] {
                        let response = try await get(client, uri, token: token)
                        #expect(response.status == .unauthorized, "\(uri) with \(token ?? "no token")")
                        #expect(response.headers[.contentType] == "application/problem+json")
                        #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="stempel""#)
                    }
                }
                let decision = try await post(client, "/api/v1/submissions/x/decision", token: nil, json: #"{"action": "approve"}"#)
                #expect(decision.status == .unauthorized)
                let bulk = try await post(client, "/api/v1/decisions", token: nil, json: #"{"ids": ["x"], "action": "approve"}"#)
                #expect(bulk.status == .unauthorized)
                let audit = try await get(client, "/api/v1/audit", token: moderator)
                #expect(audit.status == .forbidden)
                #expect(audit.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func queueListsHeldCommentsOldestFirstWithFindingsAndPages(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            try await server.test { client in
                _ = try await client.postComment("Herkenbaar verhaal!")
                // Different readers and different words, so that only the shouting rule holds them.
                let shouts = [
                    "JA, MAAR DIE MAP IS NIET NIEUW MEER", "WAAROM DUURT DIT ZO ONGELOFELIJK LANG", "NOOIT MEER NAAR DIE WINKEL TOE",
                    "IK BEN HET HELEMAAL MET JE EENS", "DAT IS TOCH ECHT NIET NORMAAL ZEG",
                ]
                for (index, shout) in shouts.enumerated() {
                    _ = try await client.postComment("\(shout) \(index)", name: "Lezer \(index)", email: "lezer\(index)@example.nl")
                }
                _ = try await client.postComment(
                    "Kijk op https://a.example en https://b.example",
                    name: "Linkje",
                    email: "link@example.nl",
                    column: "wachten-op-de-monteur"
                )
                let page = try await get(client, "/api/v1/queue?limit=4", token: token)
                #expect(page.status == .ok)
                let items = try #require(page.json["items"] as? [[String: Any]])
                #expect(items.count == 4)
                #expect((items[0]["body"] as? String)?.hasSuffix(" 0") == true)
                let findings = try #require(items[0]["findings"] as? [[String: Any]])
                #expect(findings.first?["rule"] as? String == "shouting")
                #expect((items[0]["author"] as? [String: Any])?["email"] as? String == "lezer0@example.nl")
                let cursor = try #require(page.json["next"] as? String)
                let rest = try await get(client, "/api/v1/queue?limit=4&cursor=\(cursor)", token: token)
                let restItems = try #require(rest.json["items"] as? [[String: Any]])
                #expect(restItems.map { $0["column"] as? String } == ["de-bakker-op-de-hoek", "wachten-op-de-monteur"])
                #expect(rest.json["next"] == nil)

                let byRule = try await get(client, "/api/v1/queue?rule=link-limit", token: token)
                #expect((byRule.json["items"] as? [Any])?.count == 1)
                let byColumn = try await get(client, "/api/v1/queue?column=wachten-op-de-monteur", token: token)
                #expect((byColumn.json["items"] as? [Any])?.count == 1)
                let byScore = try await get(client, "/api/v1/queue?min_score=100", token: token)
                #expect((byScore.json["items"] as? [Any])?.isEmpty == true)
                let badCursor = try await get(client, "/api/v1/queue?cursor=nonsense", token: token)
                #expect(badCursor.status == .badRequest)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func approvingPublishesAndDecidingTwiceIsHarmless(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            try await server.test { client in
                let held = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
                let id = try #require(held.json["id"] as? String)
                let uri = "/api/v1/submissions/\(id)/decision"
                let first = try await post(client, uri, token: token, json: #"{"action": "approve", "note": "is terecht boos"}"#)
                #expect(first.status == .ok)
                #expect(first.json["outcome"] as? String == "decided")
                #expect(first.json["status"] as? String == "approved")
                let again = try await post(client, uri, token: token, json: #"{"action": "approve"}"#)
                #expect(again.json["outcome"] as? String == "unchanged")

                let column = try await client.execute(uri: "/api/v1/columns/de-bakker-op-de-hoek", method: .get)
                #expect(column.json["comment_count"] as? Int == 1)
                let feed = try await client.execute(uri: "/feeds/columns.atom", method: .get)
                #expect(feed.text.contains(#"thr:count="1""#))
            }
        }
    }

    @Test(arguments: ServerBackend.available) func aSecondModeratorSeesTheFirstDecision(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let anja = try await server.addModerator("anja")
            let bram = try await server.addModerator("bram")
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!").json["id"] as? String)
                let uri = "/api/v1/submissions/\(id)/decision"
                async let first = post(client, uri, token: anja, json: #"{"action": "approve"}"#)
                async let second = post(client, uri, token: bram, json: #"{"action": "reject"}"#)
                let statuses = [try await first.status, try await second.status].sorted { $0.code < $1.code }
                #expect(statuses == [.ok, .conflict])
                let comment = try #require(try await server.store.comment(id: id))
                #expect(comment.status == .approved || comment.status == .rejected)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func unknownSubmissionAndBadActionsAreProblems(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            try await server.test { client in
                let missing = try await post(client, "/api/v1/submissions/nope/decision", token: token, json: #"{"action": "approve"}"#)
                #expect(missing.status == .notFound)
                let bad = try await post(client, "/api/v1/submissions/nope/decision", token: token, json: #"{"action": "maybe"}"#)
                #expect(bad.status == .unprocessableContent)
                #expect(bad.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test(arguments: ServerBackend.available) func bulkDecisionsReportEachOutcome(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let token = try await server.addModerator("anja")
            try await server.test { client in
                var ids: [String] = []
                for index in 0..<3 {
                    ids.append(try #require(try await client.postComment("GRATIS GELD VOOR IEDEREEN!!! \(index)").json["id"] as? String))
                }
                let response = try await post(
                    client,
                    "/api/v1/decisions",
                    token: token,
                    json: #"{"ids": ["\#(ids[0])", "\#(ids[1])", "\#(ids[2])", "bestaat-niet"], "action": "spam"}"#
                )
                #expect(response.status == .ok)
                let results = try #require(response.json["results"] as? [[String: Any]])
                #expect(results.map { $0["outcome"] as? String } == ["decided", "decided", "decided", "not-found"])
                #expect(try await server.store.heldQueue(QueueQuery()).isEmpty)
                // The spam decision taught the spam classifier, in the same transaction.
                let learned = try await server.store.learnedCounts(rule: "spam-classifier", features: ["gratis"])
                #expect(learned.spamExamples == 3)
                #expect(learned.features["gratis"]?.spam == 3)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func adminsReadTheAuditTrailAsJSONAndJSONLines(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let admin = try await server.addModerator("beheer", role: .admin)
            try await server.test { client in
                let id = try #require(try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!").json["id"] as? String)
                _ = try await post(client, "/api/v1/submissions/\(id)/decision", token: admin, json: #"{"action": "reject", "note": "te fel"}"#)
                let audit = try await get(client, "/api/v1/audit", token: admin)
                let entries = try #require(audit.json["entries"] as? [[String: Any]])
                #expect(entries.map { $0["actor"] as? String } == ["rules", "beheer"])
                #expect(entries[1]["note"] as? String == "te fel")
                #expect(entries[1]["from_status"] as? String == "held")
                #expect(entries[1]["to_status"] as? String == "rejected")
                let lines = try await get(client, "/api/v1/audit?format=jsonl", token: admin)
                #expect(lines.headers[.contentType] == "application/jsonl")
                #expect(lines.text.split(separator: "\n").count == 2)
            }
        }
    }
}
