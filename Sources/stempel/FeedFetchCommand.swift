import ArgumentParser
import Foundation
import Ingestion
import Syndication

/// `stempel feed fetch URL`: fetches one feed through the poller's client and SSRF guard, and
/// prints `feed inspect`'s summary, or why it was refused.
struct FeedFetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch a feed as the poller does (same client, limits and SSRF guard) and print a summary."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var ingestion: IngestionOptions

    @Argument(help: "The feed's http or https URL.") var url: String

    func run() async throws {
        let settings = ingestion.settings(try common.configuration())
        let started = ContinuousClock.now
        let fetched: FetchedFeed
        do {
            fetched = try await FeedFetcher(configuration: settings).fetch(url)
        } catch let error as FetchError {
            FileHandle.standardError.write(Data("stempel: \(url): \(error)\n".utf8))
            throw ExitCode.failure
        }
        let body = fetched.body ?? Data()
        print(
            "fetched:    \(fetched.finalURL) (HTTP \(fetched.statusCode), \(body.count) bytes\(fetched.movedTo.map { ", moved permanently to \($0)" } ?? ""))"
        )
        do {
            let feed = try FeedParser(limits: .init(maxInputBytes: settings.maxResponseBytes))
                .parse(body, origin: FeedOrigin(url: fetched.finalURL, headers: fetched.headers))
            print(FeedSummary(feed: feed.sanitized(), bytes: body.count, elapsed: ContinuousClock.now - started).text)
        } catch {
            FileHandle.standardError.write(Data("stempel: \(url): not a feed: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
