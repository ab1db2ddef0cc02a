import Foundation
import Testing

/// `stempel feed inspect`, run as the built binary.
@Suite struct FeedCommandTests {
    private static let columns = StempelProcess.packageRoot.appendingPathComponent("Feeds/columns.atom").path

    private func json(_ arguments: [String], input: String = "") throws -> [String: Any] {
        let result = try StempelProcess.run(["feed", "inspect", "--json"] + arguments, input: input)
        #expect(result.status == 0, "stderr: \(result.errors)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] ?? [:]
    }

    @Test func summaryOfTheSampleFeed() throws {
        let result = try StempelProcess.run(["feed", "inspect", Self.columns])
        #expect(result.status == 0, "stderr: \(result.errors)")
        #expect(result.output.contains("dialect:    atom"))
        #expect(result.output.contains("encoding:   utf-8"))
        #expect(result.output.contains("entries:    6"))
        #expect(result.output.contains("problems:   0"))
        #expect(result.output.contains("MB/s"))
    }

    @Test func jsonInFeedparsersShape() throws {
        let object = try json([Self.columns])
        #expect(object["bozo"] as? Bool == false)
        #expect(object["version"] as? String == "atom10")
        #expect(object["encoding"] as? String == "utf-8")
        let feed = try #require(object["feed"] as? [String: Any])
        #expect(feed["title"] as? String == "Ervaringscolumns")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 6)
        #expect((entries.first?["updated_parsed"] as? String)?.hasSuffix("Z") == true)
        let content = try #require((entries.first?["content"] as? [[String: Any]])?.first)
        #expect(content["type"] as? String == "text/html")
        #expect((content["value"] as? String)?.hasPrefix("<p>") == true)
    }

    @Test func standardInputAndHeaders() throws {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf\u{E9}</title><item><link>/a</link></item></channel></rss>"
        let object = try json(
            ["-", "--header", "Content-Type: application/rss+xml; charset=utf-8", "--header", "Content-Location: https://example.nl/feed"],
            input: rss)
        #expect(object["encoding"] as? String == "utf-8")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.first?["link"] as? String == "https://example.nl/a")
    }

    @Test func brokenFeedIsBozoWithWhatCouldBeRead() throws {
        let object = try json(["-"], input: "<rss version=\"2.0\"><channel><title>Half</title><item><title>One</title></item>")
        #expect(object["bozo"] as? Bool == true)
        #expect((object["feed"] as? [String: Any])?["title"] as? String == "Half")
        let text = try StempelProcess.run(["feed", "inspect", "-"], input: "<rss version=\"2.0\"><channel><title>Half</title>")
        #expect(text.status == 0)
        #expect(text.output.contains("well-formed: no"))
    }

    @Test func unreadableDocumentExitsNonZeroWithoutJSON() throws {
        let result = try StempelProcess.run(["feed", "inspect", "-"], input: "")
        #expect(result.status != 0)
        #expect(result.errors.contains("Malformed XML"))
        let object = try json(["-"], input: "")
        #expect(object["bozo"] as? Bool == true)
    }

    @Test func badHeaderIsAUsageError() throws {
        let result = try StempelProcess.run(["feed", "inspect", Self.columns, "--header", "no colon"])
        #expect(result.status != 0)
        #expect(result.errors.contains("'Name: value'"))
    }
}
