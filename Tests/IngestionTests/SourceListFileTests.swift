import Foundation
import Ingestion
import Storage
import Testing

@Suite struct SourceListFileTests {
    private func write(_ yaml: String) throws -> (directory: URL, file: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("<rss version=\"2.0\"><channel><title>t</title></channel></rss>".utf8).write(to: directory.appendingPathComponent("local.rss"))
        let file = directory.appendingPathComponent("sources.yaml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return (directory, file)
    }

    @Test func pathsAreRelativeToTheFileAndSubscribingTwiceAddsNothing() async throws {
        let (directory, file) = try write(
            """
            sources:
              - url: local.rss
                trusted: true
                interval: 2h
              - url: https://vakblad.example/rss
                name: Vakblad
                comments: false
            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let drafts = try SourceListFile(path: file).drafts()
        #expect(drafts.count == 2)
        #expect(drafts[0].url == directory.appendingPathComponent("local.rss").standardizedFileURL.absoluteString)
        #expect(drafts[0].trust == .trusted && drafts[0].intervalSeconds == 7_200 && drafts[0].name == "local.rss")
        #expect(drafts[1].trust == .moderated && drafts[1].followsComments == false && drafts[1].name == "Vakblad")
        let store = try SQLiteStore.inMemory()
        #expect(try await SourceListFile(path: file).subscribe(in: store) == 2)
        #expect(try await SourceListFile(path: file).subscribe(in: store) == 0)
    }

    @Test(arguments: [
        ("sources:\n  - url: https://a.example/rss\n    intervall: 1h", "sources[0].intervall"),
        ("sources:\n  - url: https://a.example/rss\n    interval: soms", "sources[0].interval"),
        ("sources:\n  - name: zonder url", "sources[0].url"),
        ("sources:\n  - url: missing.rss", "sources[0].url"),
        ("sources:\n  - url: ftp://a.example/rss", "sources[0].url"),
    ])
    func mistakesNameTheFileAndTheKey(yaml: String, key: String) throws {
        let (directory, file) = try write(yaml)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect {
            try SourceListFile(path: file).drafts()
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix(file + ": " + key)
        }
    }
}
