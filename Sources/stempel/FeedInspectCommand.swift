import ArgumentParser
import Foundation
import Syndication

/// `stempel feed inspect FILE|-`: parses one feed exactly as ingestion does and reports on it.
struct FeedInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Parse a feed as ingestion does and print a summary, or the result as JSON.",
        discussion: """
            Without --json, prints the dialect, encoding, counts, problems and the time taken. With \
            --json, prints one JSON object in Python feedparser's result shape (bozo, version, encoding, \
            feed, entries). A document that cannot be read at all still prints JSON, with bozo set, \
            and exits 0; without --json it exits 1.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The feed file, or - for standard input; without --json, several files may be given.")
    var files: [String]

    @Flag(help: "Print the parsed feed as JSON in feedparser's result shape.")
    var json = false

    @Flag(help: "With --json: print markup as the feed wrote it, even where it could carry script.")
    var unsanitized = false

    @Option(name: .customLong("header"), help: "An HTTP response header the feed came with, as 'Name: value' (repeatable).")
    var headers: [String] = []

    @Option(help: "The largest document accepted, in bytes (ingestion's default: 10 MiB).")
    var maxInputBytes = FeedParser.Limits().maxInputBytes

    @Option(help: "The most entries accepted (ingestion's default: 10,000).")
    var maxEntries = FeedParser.Limits().maxEntries

    /// The feed last inspected, never freed: the process ends after the last file, and the
    /// kernel takes back a large feed's memory at once, where freeing its thousands of entries
    /// one string at a time takes longer than printing the summary (clang's `-disable-free`).
    /// Replacing it frees the one before, so memory does not grow with the number of files.
    nonisolated(unsafe) private static var keptUntilExit: ParsedFeed?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give a feed file, or - for standard input") }
        guard !json || files.count == 1 else { throw ValidationError("--json takes exactly one file") }
    }

    func run() throws {
        var failures = 0
        for file in files {
            failures += try inspect(file) ? 0 : 1
        }
        if failures > 0 {
            throw ExitCode.failure
        }
    }

    /// Parses one file and prints its report; `false` when it could not be read as a feed at all.
    private func inspect(_ file: String) throws -> Bool {
        let data = try readInput(file)
        let origin = try FeedOrigin(url: nil, headers: parsedHeaders())
        let started = ContinuousClock.now
        let parser = FeedParser(limits: .init(maxInputBytes: maxInputBytes, maxEntries: maxEntries))
        // Without --json the feed is sanitized as ingestion stores it. --json compares with feedparser,
        // so markup is printed as written unless it could carry script (then it is sanitized).
        // Sanitized in place: a copy kept beside it would make sanitizing copy every entry first.
        let sanitized = Result { () throws(FeedParsingError) -> ParsedFeed in
            var feed = try parser.parse(data, origin: origin)
            if !json {
                feed.sanitize()
            }
            return feed
        }
        let elapsed = ContinuousClock.now - started
        if json {
            var object: [String: Any]
            switch sanitized {
            case .success(let feed): object = FeedparserJSON.object(for: feed)
            case .failure(let error): object = FeedparserJSON.object(for: error)
            }
            if !unsanitized {
                object = ScriptCapableMarkup.makeSafe(object, with: HTMLSanitizer()) as? [String: Any] ?? object
            }
            let output = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(output + Data("\n".utf8))
            return true
        }
        switch sanitized {
        case .success(let feed):
            print((files.count > 1 ? "file:       \(file)\n" : "") + FeedSummary(feed: feed, bytes: data.count, elapsed: elapsed).text)
            Self.keptUntilExit = feed
            return true
        case .failure(let error):
            FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
            return false
        }
    }

    private func readInput(_ file: String) throws -> Data {
        if file == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        do {
            // Mapped rather than read: libxml2 reads the bytes in place, so no copy of the document is made.
            return try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
    }

    private func parsedHeaders() throws -> [String: String] {
        var result: [String: String] = [:]
        for header in headers {
            guard let colon = header.firstIndex(of: ":") else {
                throw ValidationError("--header '\(header)' is not 'Name: value'")
            }
            let name = header[..<colon].trimmingCharacters(in: .whitespaces)
            result[name] = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}
