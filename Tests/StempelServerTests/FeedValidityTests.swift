import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Syndication
import Testing

/// Every feed document the server produces, checked by the reference tools: the RFC 4287
/// RELAX NG schema (jing), Python feedparser 6.0.14 and the JSON Feed 1.1 schema; and read back
/// by Stempel's own parser into the same items.
@Suite(.serialized) struct FeedValidityTests {
    /// Every feed path of a server with two columns, comments, archives and a hub.
    static func publishedFeeds() async throws -> (server: TestServer, files: [String: Data]) {
        let server = try await TestServer {
            $0.publishing.pageSize = 1
            $0.publishing.websubHub = "https://hub.example/"
        }
        let files = try await server.test { client in
            var files: [String: Data] = [:]
            _ = try await client.postComment("Herkenbaar, bij ons om de hoek precies zo.", name: "Piet <de bakker>")
            _ = try await client.postComment("Mooi geschreven & waar.", name: "Anne", column: "wachten-op-de-monteur")
            var paths = ["/feeds/columns", "/feeds/columns/archive/1", "/feeds/columns/archive/2", "/feeds/comments"]
            paths += ["klantbeleving", "gastvrijheid", "klachten"].map { "/tags/\($0)" }
            paths += TestServer.columns.map { "/columns/\($0.slug)/comments" }
            for path in paths {
                for format in ["atom", "rss", "json"] {
                    let response = try await client.execute(uri: "\(path).\(format)", method: .get)
                    #expect(response.status == .ok, "\(path).\(format)")
                    let name = path.dropFirst().replacingOccurrences(of: "/", with: "_") + ".\(format)"
                    files[name] = Data(buffer: response.body)
                }
            }
            return files
        }
        return (server, files)
    }

    static func write(_ files: [String: Data]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, data) in files {
            try data.write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    @Test(.enabled(if: ExternalTools.validatorsRun, "jing is not installed (apt-get install jing; .ci/run installs it)"))
    func everyAtomDocumentValidatesAgainstTheRFC4287Schema() async throws {
        let jing = try #require(ExternalTools.jing, "jing is required (STEMPEL_REQUIRE_VALIDATORS=1) but not installed")
        let (_, files) = try await Self.publishedFeeds()
        let directory = try Self.write(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let atom = files.keys.filter { $0.hasSuffix(".atom") }.sorted().map { directory.appendingPathComponent($0).path }
        #expect(atom.count == 9)
        let result = try ExternalTools.run(jing, ["-c", ExternalTools.fixture("atom.rnc")] + atom)
        #expect(result.status == 0, "jing: \(result.output)")
    }

    @Test(
        .enabled(
            if: ExternalTools.validatorsRun, "python3 with feedparser 6.0.14 and jsonschema is missing (pip install feedparser==6.0.14 jsonschema)"))
    func feedparserReadsWhatTheServerHoldsAndJSONFeedsValidate() async throws {
        let python = try #require(ExternalTools.executable(named: "python3"))
        let (server, files) = try await Self.publishedFeeds()
        let directory = try Self.write(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ExternalTools.run(python, [ExternalTools.fixture("check_feeds.py"), directory.path])
        try #require(result.status == 0, "check_feeds.py: \(result.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
        #expect(report.count == files.count)
        for (name, read) in report where name.hasSuffix(".json") {
            #expect((read["schema_errors"] as? [String]) == [], "\(name)")
        }
        let summaries = try await server.store.columnSummaries()
        let columns = Dictionary(
            uniqueKeysWithValues: summaries.map { ("tag:stempel.test,\(Self.day($0.column.publishedAt)):column/\($0.column.slug)", $0) })
        for (name, read) in report where !name.hasSuffix(".json") {
            #expect(read["bozo"] as? Bool == false, "\(name): \(read["bozo_exception"] ?? "")")
            let entries = try #require(read["entries"] as? [[String: Any]])
            #expect(!entries.isEmpty, "\(name)")
            for entry in entries {
                let id = try #require(entry["id"] as? String)
                if let summary = columns[id] {
                    #expect(entry["title"] as? String == summary.column.title, "\(name)")
                    #expect(entry["link"] as? String == summary.column.link ?? "https://stempel.test/columns/\(summary.column.slug)")
                    #expect(entry["published"] as? Int == Int(summary.column.publishedAt.timeIntervalSince1970), "\(name)")
                    #expect(entry["comments"] as? Int == summary.approvedCommentCount, "\(name) \(id)")
                } else {
                    #expect(id.hasPrefix("tag:stempel.test,") && id.contains(":comment/"), "\(name): \(id)")
                    let title = try #require(entry["title"] as? String)
                    #expect(title.hasPrefix("Reactie van Piet <de bakker> op") || title.hasPrefix("Reactie van Anne op"), "\(name)")
                }
            }
        }
    }

    @Test func stempelsOwnParserReadsEveryPublishedFeedBackIntoTheSameItems() async throws {
        let (server, files) = try await Self.publishedFeeds()
        let summaries = try await server.store.columnSummaries()
        for (name, data) in files where !name.hasSuffix(".json") {
            let feed = try FeedParser().parse(data)
            #expect(feed.isWellFormed, "\(name)")
            #expect(feed.problems.isEmpty, "\(name): \(feed.problems)")
            for entry in feed.entries {
                guard let summary = summaries.first(where: { entry.id?.hasSuffix(":column/\($0.column.slug)") == true }) else {
                    #expect(entry.inReplyTo.count == 1, "\(name)")
                    continue
                }
                #expect(entry.title == summary.column.title)
                #expect(entry.published == summary.column.publishedAt)
                #expect(entry.alternateLink?.href == summary.column.link ?? "https://stempel.test/columns/\(summary.column.slug)")
                #expect(entry.categories.sorted() == summary.column.tags.sorted())
                #expect((entry.commentCount ?? entry.repliesLinks.first?.replyCount) == summary.approvedCommentCount)
            }
        }
        for (name, data) in files where name.hasSuffix(".json") {
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(name)")
            #expect(object["version"] as? String == JSONFeedWriter.version)
        }
    }

    private static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
