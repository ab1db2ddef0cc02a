import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real `stempel serve` subscribing to another site's feed on 127.0.0.1, as an operator would
/// set it up: a sources file, private networks allowed by flag.
@Suite(.serialized) struct IngestionServeTests {
    private static let columns = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Het Vakblad</title>
          <id>urn:test:vakblad</id>
          <updated>2026-11-20T10:00:00Z</updated>
          <entry>
            <id>urn:test:vakblad:de-kruidenier</id>
            <title>De kruidenier die alles bewaarde</title>
            <link rel="alternate" href="https://vakblad.example/columns/de-kruidenier"/>
            <link rel="replies" type="application/rss+xml" href="COMMENTS"/>
            <author><name>Marleen Jansen</name></author>
            <published>2026-11-20T10:00:00Z</published>
            <content type="html">&lt;p&gt;Elke doos kreeg een tweede leven.&lt;/p&gt;</content>
          </entry>
        </feed>
        """

    private static let comments = """
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Reacties</title><link>https://vakblad.example/</link><description>Reacties</description>
            <item><guid isPermaLink="false">reactie-1</guid><dc:creator>Lezer</dc:creator>
              <description>Wat een mooi verhaal, herkenbaar!</description></item>
          </channel>
        </rss>
        """

    private func get(_ url: URL) async -> (Int, String) {
        guard let (data, response) = try? await URLSession.shared.data(from: url) else { return (0, "") }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func serveIngestsAColumnAndItsCommentsAndPublishesThem() async throws {
        let site = try FeedSiteServer(documents: ["/comments.rss": ("application/rss+xml", Self.comments)])
        defer { site.stop() }
        // The column feed names the comment feed by its URL, which needs the port known only now.
        let withComments = try FeedSiteServer(documents: [
            "/columns.atom": ("application/atom+xml", Self.columns.replacingOccurrences(of: "COMMENTS", with: site.url("/comments.rss")))
        ])
        defer { withComments.stop() }

        let directory = try StempelProcess.temporaryDirectory()
        let sources = directory.appendingPathComponent("sources.yaml")
        try """
        sources:
          - url: \(withComments.url("/columns.atom"))
            name: Het Vakblad
            trusted: true
        """.write(to: sources, atomically: true, encoding: .utf8)
        let port = try FreePort.pick()
        let process = Process()
        process.executableURL = StempelProcess.executable
        process.arguments = [
            "serve", "--port", "\(port)", "--database", directory.appendingPathComponent("stempel.sqlite").path, "--allow-private-networks",
        ]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging([
            "STEMPEL_RULE_TIMEOUT_MS": "10000", "STEMPEL_SOURCES_FILE": sources.path, "STEMPEL_SAMPLE_FEED": "",
        ]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }

        let feed = URL(string: "http://127.0.0.1:\(port)/feeds/columns.atom")!
        var atom = ""
        for _ in 0..<300 {
            let (status, body) = await get(feed)
            // The column first, its comment feed on the next pass.
            if status == 200, body.contains("De kruidenier die alles bewaarde"), body.contains(#"thr:count="1""#) {
                atom = body
                break
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(atom.contains("De kruidenier die alles bewaarde"), "the column never appeared in /feeds/columns.atom")
        #expect(atom.contains("Elke doos kreeg een tweede leven"))
        #expect(atom.contains("Marleen Jansen"))
        #expect(atom.contains(#"thr:count="1""#), "the comment from the comment feed was not published")

        // The sources API is for moderators only.
        let (status, _) = await get(URL(string: "http://127.0.0.1:\(port)/api/v1/sources")!)
        #expect(status == 401)
        process.terminate()
        process.waitUntilExit()
        let list = try StempelProcess.run(["source", "list", "--database", directory.appendingPathComponent("stempel.sqlite").path])
        #expect(list.output.contains("Het Vakblad") && list.output.contains("200 OK: 1 entries, 1 new"), "\(list.output)")
    }
}
