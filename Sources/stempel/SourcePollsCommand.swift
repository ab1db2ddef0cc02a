import ArgumentParser
import Foundation
import Storage

extension SourceCommand {
    /// `stempel source polls [SOURCE]`: the poll log, which poller polled which source when, how
    /// long it took and what came of it (kept for 30 days).
    struct Polls: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "polls",
            abstract: "Show the poll log: when each poll of a source started and ended, which instance polled, the outcome and new entries.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Only this source (its id, URL or name); all sources when left out.") var source: String?
        @Option(help: "Show at most this many polls, the newest (default 20).") var limit = 20
        @Flag(help: "Print one JSON array instead of lines.") var json = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit: give a whole number of at least 1") }
        }

        func run() async throws {
            let (sources, polls) = try await common.withStore { store in
                let sources = try await store.sources()
                let sourceID = try source.map { try SourceCommand.source(named: $0, in: sources).id }
                return (sources, try await store.polls(sourceID: sourceID))
            }
            let names = Dictionary(sources.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let shown = Array(polls.suffix(limit))
            if json {
                print(try Self.json(shown, names: names))
            } else if shown.isEmpty {
                print("no polls recorded" + (source.map { " for '\(SourceReport.printable($0))'" } ?? ""))
            } else {
                for poll in shown { print(Self.line(poll, name: names[poll.sourceID])) }
            }
        }

        private static func line(_ poll: SourcePoll, name: String?) -> String {
            let formatter = ISO8601DateFormatter()
            let seconds = String(format: "%.3f s", poll.finishedAt.timeIntervalSince(poll.startedAt))
            let who = name.map { " (\(SourceReport.printable($0)))" } ?? ""
            return "\(formatter.string(from: poll.startedAt))  source \(poll.sourceID)\(who)  \(seconds)  "
                + "\(SourceReport.printable(poll.status ?? "-"))  +\(poll.added) new  by \(SourceReport.printable(poll.poller ?? "-"))"
        }

        private struct Entry: Encodable {
            var sourceID: Int64
            var source: String?
            var poller: String?
            var startedAt: Date
            var finishedAt: Date
            var seconds: Double
            var status: String?
            var added: Int
        }

        private static func json(_ polls: [SourcePoll], names: [Int64: String]) throws -> String {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.sortedKeys]
            let entries = polls.map { poll in
                Entry(
                    sourceID: poll.sourceID, source: names[poll.sourceID], poller: poll.poller, startedAt: poll.startedAt,
                    finishedAt: poll.finishedAt, seconds: poll.finishedAt.timeIntervalSince(poll.startedAt), status: poll.status,
                    added: poll.added)
            }
            return String(decoding: try encoder.encode(entries), as: UTF8.self)
        }
    }
}
