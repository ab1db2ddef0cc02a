import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Slow clients cannot hold the server: an unfinished request head is cut off after the idle
/// timeout, a body that trickles in answers 408.
@Suite(.timeLimit(.minutes(1))) struct SlowClientTests {
    @Test func aRequestHeadThatNeverEndsIsCutOff() async throws {
        let server = try await TestServer { $0.idleTimeoutSeconds = 1 }
        try await server.test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            defer { connection.close() }
            #expect(connection.send("POST /api/v1/columns/de-bakker-op-de-hoek/comments HTTP/1.1\r\nHost: stempel.test\r\n"))
            // Nothing more is sent: within a few seconds the server closes the connection.
            #expect(connection.receive(within: 5) == "")
        }
    }

    @Test func aBodyThatTricklesInAnswers408() async throws {
        let server = try await TestServer {
            $0.bodyTimeoutSeconds = 1
            $0.idleTimeoutSeconds = 30
        }
        try await server.test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            defer { connection.close() }
            connection.send(
                "POST /api/v1/columns/de-bakker-op-de-hoek/comments HTTP/1.1\r\nHost: stempel.test\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"author\": ")
            let start = ContinuousClock.now
            let answer = try #require(connection.receive(within: 25))
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
            #expect(answer.contains("Request body too slow"))
            // Well before the 30 s idle timeout: the body deadline (1 s) ended it, even on a busy machine.
            #expect(ContinuousClock.now - start < .seconds(20))
            // The server still answers others.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
        #expect(try await server.store.approvedComments(onColumn: "de-bakker-op-de-hoek").isEmpty)
    }
}
