import Foundation
import Hummingbird
import HummingbirdTesting
import Syndication
import Testing

/// The Big List of Naughty Strings as comment bodies, names and web addresses: each is stored and
/// served back exactly as the documented cleaning leaves it, or refused with 422; never a 5xx,
/// and escaped wherever it is shown.
@Suite struct NaughtyStringsTests {
    static let strings: [String] = {
        let url = URL(fileURLWithPath: ExternalTools.fixture("blns.json"))
        return (try? JSONDecoder().decode([String].self, from: Data(contentsOf: url))) ?? []
    }()

    /// What the validator keeps: no control characters but newline and tab, trimmed.
    static func cleaned(_ text: String) -> String {
        let scalars = text.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control }
        return String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: ServerBackend.available) func everyNaughtyStringIsStoredAndServedBackOrRefusedClearly(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            #expect(Self.strings.count == 515)
            try await server.test { client in
                var stored = 0
                for (index, naughty) in Self.strings.enumerated() {
                    for field in ["body", "name", "url"] {
                        let author: [String: Any] =
                            switch field {
                            case "name": ["name": naughty]
                            case "url": ["name": "Lezer \(index)", "url": naughty]
                            default: ["name": "Lezer \(index)"]
                            }
                        let body = field == "body" ? naughty : "Reactie \(index) met een gewone tekst."
                        let payload = try JSONSerialization.data(withJSONObject: ["author": author, "body": body])
                        let response = try await client.execute(
                            uri: "/api/v1/columns/de-bakker-op-de-hoek/comments", method: .post, headers: [.contentType: "application/json"],
                            body: ByteBuffer(bytes: payload))
                        #expect([.created, .unprocessableContent].contains(response.status), "\(field) #\(index): \(response.status)")
                        guard response.status == .created, let id = response.json["id"] as? String else {
                            #expect(response.headers[.contentType] == "application/problem+json")
                            continue
                        }
                        stored += 1
                        // Not JSONSerialization: on Linux it drops a byte order mark inside a string.
                        let read = try JSONDecoder().decode(
                            [String: String?].self, from: Data(buffer: try await client.execute(uri: "/api/v1/comments/\(id)", method: .get).body))
                        switch field {
                        case "body": #expect(read["body"] == Self.cleaned(naughty), "body #\(index)")
                        case "name": #expect(read["author"] == Self.cleaned(naughty), "name #\(index)")
                        default: #expect(read["body"] == body)
                        }
                    }
                }
                #expect(stored > 1_000)

                // Shown: the column page and the feeds escape every one of them.
                let page = try await client.execute(uri: "/columns/de-bakker-op-de-hoek", method: .get)
                #expect(page.status == .ok)
                #expect(!page.text.contains("<script"))
                #expect(!page.text.lowercased().contains("<img"))
                for path in ["/feeds/comments.atom", "/feeds/comments.rss", "/columns/de-bakker-op-de-hoek/comments.atom"] {
                    let feed = try await client.execute(uri: path, method: .get)
                    #expect(feed.status == .ok)
                    let parsed = try FeedParser().parse(Data(buffer: feed.body))
                    #expect(parsed.isWellFormed, "\(path): \(parsed.problems)")
                    #expect(!parsed.entries.isEmpty)
                }
                let json = try await client.execute(uri: "/feeds/comments.json", method: .get)
                #expect(json.json["items"] as? [[String: Any]] != nil)
            }
        }
    }
}
