import ArgumentParser
import Foundation
import Logging
import Moderation
import ModerationKit
import StempelServer
import Storage

/// `stempel check`: judges a comment body from standard input without storing anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Judge a comment read from standard input with the configured rules; nothing is stored.",
        discussion: """
            Uses the same database and configuration as `serve`, so rules that look at history see \
            the same data. Without a database file, history is empty.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Judge it as a comment on this column (its slug).")
    var column: String?

    @Option(help: "The author's name.")
    var author = "Lezer"

    @Option(help: "The author's email address.")
    var email: String?

    @Option(help: "The author's website.")
    var url: String?

    @Option(help: "The client's IP address.")
    var address: String?

    @Flag(help: "Print one JSON object with status, score, findings and rule runs.")
    var json = false

    @Flag(help: "Show every rule with its findings, score and time, including rules that found nothing.")
    var explain = false

    func run() async throws {
        let logger = common.bootstrapLogging()
        let configuration = try common.configuration()
        let engine = try common.engine(for: configuration, logger: logger)
        let body = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ValidationError("standard input is empty: pipe the comment's body into `stempel check`") }

        let submission = Submission(
            body: body,
            author: .init(name: author, email: email, url: url),
            column: column ?? "",
            clientAddress: address,
            source: .commandLine
        )
        let verdict = try await common.withExistingStoreOrEmpty(configuration) { store in
            if let column, try await store.columnCount() > 0, try await store.columnSummary(slug: column) == nil {
                throw ValidationError("there is no column '\(column)' in \(configuration.databasePath)")
            }
            return await engine.judge(submission, history: store)
        }
        print(json ? try VerdictReport.json(verdict) : VerdictReport.text(verdict, explain: explain))
    }
}
