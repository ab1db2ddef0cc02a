import Foundation
import Syndication
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The shared corpus of XML attacks (copied into Fixtures/xml-attacks with its licences): every
/// document is refused or neutralised within a second, in little memory, without disclosing a
/// file and without a connection to the listener on 127.0.0.1:8765 that the HTTP cases target.
@Suite("Hostile corpus", .serialized)
struct HostileCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xml-attacks")

    static let files: [String] = {
        let folders = ["generated", "defusedxml", "payloadsallthethings"]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? [])
                .filter { !$0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    /// Canaries that an expanded external entity would put into the result.
    private static let canaries = [
        "TOP-SECRET-CANARY", "root:x:0:0",
        (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines),
    ]
    .compactMap { $0 }.filter { !$0.isEmpty }

    @Test func corpusIsPresent() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func refusedOrNeutralised(_ name: String) throws {
        let listener = try LoopbackListener(port: 8765)
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let memoryBefore = Self.peakMemoryKB()
        let started = threadCPUTime()
        let outcome = Result { try FeedParser().parse(data) }
        #expect(threadCPUTime() - started < .seconds(1))
        #expect(Self.peakMemoryKB() - memoryBefore < 64 * 1024, "peak memory grew by more than 64 MB")
        if case .success(let feed) = outcome {
            let everything = "\(feed)"
            for canary in Self.canaries {
                #expect(!everything.contains(canary), "disclosed \(canary)")
            }
            #expect(everything.count < 1_000_000, "an entity was expanded")
        }
        #expect(listener.acceptedConnections() == 0, "a connection was made to 127.0.0.1:8765")
    }

    @Test func twelveMegabyteTextNodeIsRefusedByTheCaps() throws {
        let huge = Data(("<rss version=\"2.0\"><channel><title>" + String(repeating: "A", count: 12_000_000) + "</title></channel></rss>").utf8)
        let started = threadCPUTime()
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(huge) }
        #expect(error?.code == .inputTooLarge)
        // With the input cap raised, libxml2's own 10 MB text-node limit stops the strict pass and
        // recovery drops the node, or our text cap refuses it: either way the text is not kept.
        let roomy = FeedParser(limits: .init(maxInputBytes: 20_000_000))
        switch Result(catching: { try roomy.parse(huge) }) {
        case .success(let feed):
            #expect(!feed.isWellFormed && (feed.title?.utf8.count ?? 0) < 1_048_576)
        case .failure(let error):
            #expect((error as? FeedParsingError)?.code == .textTooLong)
        }
        #expect(threadCPUTime() - started < .seconds(1))
    }

    private static func peakMemoryKB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
