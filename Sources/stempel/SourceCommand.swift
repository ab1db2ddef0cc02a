import ArgumentParser
import Foundation
import Ingestion
import StempelServer
import Storage

/// `stempel source add|list|remove|poll|polls`: the feeds Stempel subscribes to.
struct SourceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Manage subscribed feeds (sources) and poll them.",
        subcommands: [Add.self, List.self, Remove.self, Poll.self, Polls.self]
    )

    /// The one source that `text` names by id, URL or name.
    ///
    /// - Throws: `ValidationError` when none does, or when several do (then the id tells them apart).
    static func source(named text: String, in sources: [Source]) throws -> Source {
        let matches = sources.filter { String($0.id) == text || $0.url == text || $0.name == text }
        guard matches.count == 1, let match = matches.first else {
            throw ValidationError(matches.isEmpty ? "there is no source '\(text)'" : "'\(text)' names \(matches.count) sources; use the id")
        }
        return match
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Subscribe to a feed: an http(s) URL, a file: URL or a path.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The feed's URL, or a path to a local feed file.") var url: String
        @Option(help: "A name for people (default: the URL's host or the file's name).") var name: String?
        @Flag(help: "Publish the source's columns as they arrive (default: they go through the rules and may be held).") var trusted = false
        @Option(help: "How often to poll: 30m, 2h, 1d or seconds (default: the feed's ttl, Cache-Control, or 1h).") var interval: String?
        @Flag(help: "Do not poll the comment feeds its entries name.") var noComments = false

        func run() async throws {
            let draft: SourceDraft
            do {
                draft = try SourceInput(url: url, name: name, trusted: trusted, interval: interval, followComments: !noComments)
                    .draft(allowLocalFiles: true)
            } catch let error as SourceInputError {
                throw ValidationError("\(error.field): \(error.message)")
            }
            do {
                let source = try await common.withStore { store in try await store.addSource(draft) }
                print("added source \(source.id): \(source.name) <\(source.url)> (\(source.trust.rawValue))")
            } catch let error as StoreError {
                throw ValidationError(error.description)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List sources with their last fetch, status, next poll, entries seen and last error.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "Also list the comment feeds found in the sources' entries.") var comments = false

        func run() async throws {
            let sources = try await common.withStore { store in try await store.sources() }.filter { comments || !$0.isCommentFeed }
            if sources.isEmpty { print("no sources; add one with `stempel source add URL`") }
            for source in sources { print(SourceReport(source: source).text) }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Unsubscribe (by id, URL or name); its columns and comments stay.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The source's id, URL or name.") var source: String

        func run() async throws {
            let removed = try await common.withStore { store in
                let match = try SourceCommand.source(named: source, in: try await store.sources())
                _ = try await store.removeSource(id: match.id)
                return match
            }
            print("removed source \(removed.id): \(removed.name)")
        }
    }

    struct Poll: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Poll the due sources once (or all with --all) and print what each came to.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var ingestion: IngestionOptions
        @Flag(help: "Poll every enabled source, due or not.") var all = false

        func run() async throws {
            let logger = common.bootstrapLogging()
            let configuration = try common.configuration()
            let engines = EngineHolder(try common.engine(for: configuration, logger: logger))
            let before = ProcessUsage.now()
            let started = ContinuousClock.now
            let outcomes = try await StoreOpener(configuration: configuration, logger: logger).withStore { store in
                let poller = IngestionOptions.poller(store: store, engines: engines, settings: ingestion.settings(configuration), logger: logger)
                let service = IngestionService(store: store, poller: poller, logger: logger)
                // Due sources are leased, so a server polling the same database does not poll them too.
                return all ? await service.poll(try await store.sources().filter(\.isEnabled)) : try await service.pollDue()
            }
            let elapsed = ContinuousClock.now - started
            let after = ProcessUsage.now()
            for outcome in outcomes { print("source \(outcome.sourceID): \(outcome.status)") }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let counts = Dictionary(grouping: outcomes, by: \.kind).mapValues(\.count)
            print(
                String(
                    format: "polled %d sources in %.3f s (%.1f feeds/s, %.3f s CPU): %d fetched, %d not modified, %d failed, %d new entries",
                    outcomes.count, seconds, Double(outcomes.count) / max(seconds, 1e-9), after.cpuSeconds - before.cpuSeconds,
                    counts[.fetched] ?? 0, counts[.notModified] ?? 0, counts[.failed] ?? 0, outcomes.reduce(0) { $0 + $1.added }))
        }
    }
}
