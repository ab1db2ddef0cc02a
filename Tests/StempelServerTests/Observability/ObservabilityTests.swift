import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Testing

/// What `/metrics` and the logs tell an operator: requests by route and status, verdicts, the
/// queue's length, and the request id on the rules' log lines.
@Suite struct ObservabilityTests {
    /// The sample lines of `/metrics` whose name starts with `name`.
    static func samples(_ name: String, in text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.hasPrefix(name) && !$0.hasPrefix("#") }
    }

    /// The value of the one sample of `name` whose labels include every one of `labels`.
    static func value(_ name: String, _ labels: [String], in text: String) -> Double? {
        let lines = samples(name, in: text).filter { line in labels.allSatisfy { line.contains($0) } }
        guard lines.count == 1, let number = lines[0].split(separator: " ").last else { return nil }
        return Double(number)
    }

    @Test func requestsAreCountedByRouteAndStatus() async throws {
        let server = try await TestServer()
        let text = try await server.test { client in
            #expect(try await client.postComment("Herkenbaar verhaal.").status == .created)
            #expect(try await client.postComment("Nog een.", column: "bestaat-niet").status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/columns", method: .get).status == .ok)
            return try await client.execute(uri: "/metrics", method: .get).text
        }
        let name = "stempel_http_requests_total"
        let route = #"route="/api/v1/columns/{slug}/comments""#
        #expect(Self.value(name, [route, #"method="POST""#, #"status="201""#], in: text) == 1, "\(Self.samples(name, in: text))")
        #expect(Self.value(name, [route, #"method="POST""#, #"status="404""#], in: text) == 1)
        #expect(Self.value(name, [#"route="/api/v1/columns""#, #"method="GET""#, #"status="200""#], in: text) == 1)
    }

    @Test func rateLimitedAndUnknownRequestsAreCountedToo() async throws {
        let server = try await TestServer {
            $0.rateLimits.enabled = true
            $0.rateLimits.limits[.api] = .init(requests: 1, seconds: 60)
        }
        let text = try await server.test { client in
            #expect(try await client.execute(uri: "/api/v1/columns", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/columns", method: .get).status == .tooManyRequests)
            #expect(try await client.execute(uri: "/nergens", method: .get).status == .notFound)
            return try await client.execute(uri: "/metrics", method: .get).text
        }
        let name = "stempel_http_requests_total"
        #expect(Self.value(name, [#"route="/api/v1/columns""#, #"status="429""#], in: text) == 1, "\(Self.samples(name, in: text))")
        #expect(Self.value(name, [#"route="NotFound""#, #"status="404""#], in: text) == 1)
    }

    @Test func verdictsAndTheQueueLength() async throws {
        let server = try await TestServer()
        let (before, after) = try await server.test { client in
            let before = try await client.execute(uri: "/metrics", method: .get).text
            #expect(try await client.postComment("Wat een mooi verhaal over de bakker op de hoek.").status == .created)
            // Shouting, links and a casino: the default rules hold or reject this one.
            let spam = "WIN NU GELD IN HET CASINO http://casino.example http://win.example http://geld.example"
            #expect(try await client.postComment(spam).status == .created)
            return (before, try await client.execute(uri: "/metrics", method: .get).text)
        }
        #expect(Self.value("stempel_queue_length", [#"kind="comment""#], in: before) == 0)
        let held = try await server.store.heldCount()
        #expect(Self.value("stempel_queue_length", [#"kind="comment""#], in: after) == Double(held))
        let verdicts = ["approved", "held", "rejected"].compactMap { Self.value("stempel_verdicts_total", [#"status="\#($0)""#], in: after) }
        #expect(verdicts.reduce(0, +) == 2, "\(Self.samples("stempel_verdicts_total", in: after))")
    }

    @Test func theQueueLengthFollowsDecisions() async throws {
        let server = try await TestServer { $0.moderation.policy.holdAt = -1_000 }
        let token = try await server.addModerator("anja")
        let text = try await server.test { client in
            let created = try await client.postComment("Alles wordt vastgehouden.")
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["status"] as? String == "held")
            _ = try await client.postComment("Deze ook.")
            let decision = try await client.execute(
                uri: "/api/v1/submissions/\(id)/decision", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"action": "approve"}"#))
            #expect(decision.status == .ok)
            return try await client.execute(uri: "/metrics", method: .get).text
        }
        #expect(Self.value("stempel_queue_length", [#"kind="comment""#], in: text) == 1)
        #expect(Self.value("stempel_queue_length", [#"kind="column""#], in: text) == 0)
    }

    @Test func theQueueLengthCountsHeldColumnsByKind() async throws {
        let server = try await TestServer { $0.moderation.policy.holdAt = -1_000 }
        let token = try await server.addModerator("anja")
        let (before, held, decided) = try await server.test { client in
            let before = try await client.execute(uri: "/metrics", method: .get).text
            try await server.holdColumns(["een", "twee", "drie"])
            #expect(try await client.postComment("Alles wordt vastgehouden.").json["status"] as? String == "held")
            let held = try await client.execute(uri: "/metrics", method: .get).text
            let ids = try await server.store.heldColumns(QueueQuery()).prefix(2).map { "\"\($0.id)\"" }.joined(separator: ", ")
            let decision = try await client.execute(
                uri: "/api/v1/decisions", method: .post, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"ids": [\#(ids)], "action": "reject"}"#))
            #expect(decision.status == .ok)
            return (before, held, try await client.execute(uri: "/metrics", method: .get).text)
        }
        #expect(Self.value("stempel_queue_length", [#"kind="column""#], in: before) == 0)
        #expect(Self.value("stempel_queue_length", [#"kind="column""#], in: held) == 3, "\(Self.samples("stempel_queue_length", in: held))")
        #expect(Self.value("stempel_queue_length", [#"kind="comment""#], in: held) == 1)
        #expect(Self.value("stempel_queue_length", [#"kind="column""#], in: decided) == 1)
        #expect(Self.value("stempel_queue_length", [#"kind="comment""#], in: decided) == 1)
        // One help and type line for the one metric, whatever its labels.
        #expect(held.components(separatedBy: "# TYPE stempel_queue_length gauge").count == 2)
    }

    @Test func theRulesLogLinesCarryTheRequestID() async throws {
        let logs = CapturedLogs()
        let server = try await TestServer()
        try await server.test(logger: logs.logger()) { client -> Void in
            let response = try await client.postComment("KIJK HIER NU MEER GELD VERDIENEN http://een.example http://twee.example http://drie.example")
            #expect(response.status == .created)
        }
        let findings = logs.lines.filter { $0.message == "rule finding" }
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.metadata["hb.request.id"]?.isEmpty == false && $0.metadata["rule"] != nil })
        let ids = Set(findings.compactMap { $0.metadata["hb.request.id"] })
        #expect(ids.count == 1, "one request, one id: \(ids)")
    }
}
