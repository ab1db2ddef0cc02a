import Foundation
import Ingestion
import Testing

/// A resolver with a fixed table, so that tests never depend on this machine's DNS.
struct TableResolver: HostResolver {
    var table: [String: [String]]

    func addresses(of host: String) async throws -> [IPAddress] {
        guard let texts = table[host] else { throw FetchError.refused("the host '\(host)' cannot be resolved") }
        return texts.map(Self.address)
    }

    static func address(_ text: String) -> IPAddress {
        if text.contains(":") {
            var bytes = [UInt8](repeating: 0, count: 16)
            _ = inet_pton(AF_INET6, text, &bytes)
            return IPAddress(bytes: bytes, text: text)
        }
        return IPAddress(bytes: text.split(separator: ".").map { UInt8($0)! }, text: text)
    }
}

@Suite struct URLGuardTests {
    /// The SSRF list (see Fixtures/README.md for where it comes from).
    static let ssrfURLs: [String] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ssrf-urls.txt")
        return (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n").map(String.init).filter { !$0.isEmpty } ?? []
    }()

    @Test func everySSRFURLIsRefused() async throws {
        #expect(Self.ssrfURLs.count == 48)
        // Through the fetcher, as a source would be: some are not even URLs to Foundation. The few
        // with public host names (example.com, r3dir.me) are refused here because this machine
        // resolves no public names; their redirects to loopback are what everyRedirectHopIsChecked covers.
        let fetcher = FeedFetcher(configuration: IngestionConfiguration())
        for text in Self.ssrfURLs {
            do {
                _ = try await fetcher.fetch(text)
                Issue.record("\(text) was fetched")
            } catch let error as FetchError {
                #expect(error.description.hasPrefix("refused: "), "\(text): \(error)")
            }
        }
    }

    @Test func numericHostFormsAreJudgedByTheAddressTheyReach() async throws {
        let guardian = URLGuard(allowPrivateNetworks: false)
        for text in ["http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/", "http://0/", "http://[::ffff:127.0.0.1]/"] {
            do {
                _ = try await guardian.check(URL(string: text)!)
                Issue.record("\(text) was allowed")
            } catch let error as FetchError {
                #expect(error.description.contains("address"), "\(text): \(error)")
            }
        }
    }

    @Test func publicAddressesPassAndPrivateOnesOnlyWhenAllowed() async throws {
        let resolver = TableResolver(table: [
            "feeds.example": ["93.184.215.14"], "intranet.example": ["10.1.2.3"], "mixed.example": ["93.184.215.14", "192.168.1.1"],
        ])
        let strict = URLGuard(allowPrivateNetworks: false, resolver: resolver)
        #expect(try await strict.check(URL(string: "https://feeds.example/rss")!).description == "93.184.215.14")
        await #expect(throws: FetchError.self) { try await strict.check(URL(string: "https://intranet.example/rss")!) }
        // One private address among public ones is enough to refuse.
        await #expect(throws: FetchError.self) { try await strict.check(URL(string: "https://mixed.example/rss")!) }
        let lenient = URLGuard(allowPrivateNetworks: true, resolver: resolver)
        #expect(try await lenient.check(URL(string: "https://intranet.example/rss")!).description == "10.1.2.3")
        // Schemes and credentials are refused whatever the network switch says.
        await #expect(throws: FetchError.self) { try await lenient.check(URL(string: "file:///etc/passwd")!) }
        await #expect(throws: FetchError.self) { try await lenient.check(URL(string: "gopher://feeds.example/")!) }
        await #expect(throws: FetchError.self) { try await lenient.check(URL(string: "http://user:pw@feeds.example/")!) }
    }

    @Test(arguments: [
        ("127.0.0.1", true), ("10.0.0.1", true), ("172.16.5.4", true), ("172.32.0.1", false), ("192.168.0.1", true), ("169.254.169.254", true),
        ("100.64.0.1", true), ("100.128.0.1", false), ("224.0.0.1", true), ("0.0.0.0", true), ("8.8.8.8", false), ("::1", true), ("::", true),
        ("fe80::1", true), ("fc00::1", true), ("ff02::1", true), ("::ffff:10.0.0.1", true), ("::ffff:8.8.8.8", false), ("64:ff9b::7f00:1", true),
        ("2002:7f00:1::", true), ("2606:4700::1111", false),
    ])
    func addressClasses(address: String, restricted: Bool) {
        #expect((TableResolver.address(address).restriction != nil) == restricted, "\(address)")
    }
}
