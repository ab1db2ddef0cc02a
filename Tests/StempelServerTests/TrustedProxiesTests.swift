import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import StempelServer
import Testing

@Suite struct TrustedProxiesTests {
    @Test func onlyATrustedPeerMayNameTheClient() throws {
        let proxies = try TrustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"])
        #expect(proxies.clientAddress(peer: "127.0.0.1", forwardedFor: "203.0.113.9") == "203.0.113.9")
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: "198.51.100.1, 203.0.113.9, 10.9.9.9") == "203.0.113.9")
        #expect(proxies.clientAddress(peer: "fd12::1", forwardedFor: "2001:db8::7") == "2001:db8::7")
        #expect(proxies.clientAddress(peer: "192.0.2.50", forwardedFor: "203.0.113.9") == "192.0.2.50")
        #expect(proxies.clientAddress(peer: "127.0.0.1", forwardedFor: nil) == "127.0.0.1")
        #expect(proxies.clientAddress(peer: "127.0.0.1", forwardedFor: "not-an-address") == "127.0.0.1")
        #expect(TrustedProxies().clientAddress(peer: "127.0.0.1", forwardedFor: "203.0.113.9") == "127.0.0.1")
    }

    @Test func badEntriesAreRefusedWithTheKey() {
        for entry in ["localhost", "10.0.0.0/33", "1.2.3", "::1/129"] {
            #expect(throws: ConfigurationError.self) { try TrustedProxies([entry]) }
        }
        #expect {
            try StempelConfiguration.parse(yaml: "server:\n  trusted_proxies: [nginx]\n", file: "stempel.yaml")
        } throws: { error in
            "\(error)".hasPrefix("stempel.yaml: server.trusted_proxies:")
        }
        #expect(throws: ConfigurationError.self) {
            try StempelConfiguration().applying(environment: ["STEMPEL_TRUSTED_PROXIES": "127.0.0.1, proxy"])
        }
    }

    @Test func behindATrustedProxyTheForwardedClientIsStored() async throws {
        let server = try await TestServer { $0.trustedProxies = try! TrustedProxies(["127.0.0.1", "::1"]) }
        let app = Application(
            router: server.application.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: Logger(label: "test"))
        var headers: HTTPFields = [.contentType: "application/json"]
        headers[.init("X-Forwarded-For")!] = "203.0.113.9"
        try await app.test(.live) { [headers] client in
            let response = try await client.execute(
                uri: "/api/v1/columns/de-bakker-op-de-hoek/comments",
                method: .post,
                headers: headers,
                body: ByteBuffer(string: #"{"author": {"name": "Lezer"}, "body": "Mooi verhaal"}"#)
            )
            let id = try #require(response.json["id"] as? String)
            #expect(try await server.store.comment(id: id)?.submission.clientAddress == "203.0.113.9")
        }
    }
}
