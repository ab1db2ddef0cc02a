import ArgumentParser
import Foundation
import Logging
import Moderation
import ModerationKit
import Storage

/// `stempel train`: teaches the learning rules (the spam classifier) from labelled CSV files or
/// from the moderators' stored decisions.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the learning rules from labelled CSV files or from moderators' decisions.",
        discussion: """
            CSV files need CONTENT and CLASS columns (1 = spam, 0 = ham), as in the UCI YouTube spam \
            collection. --from-decisions forgets what was learned and relearns from every comment a \
            moderator approved (ham) or marked as spam.
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Relearn from the moderators' decisions stored in the database.")
    var fromDecisions = false

    @Argument(help: "Labelled CSV files.")
    var files: [String] = []

    func validate() throws {
        if fromDecisions == !files.isEmpty { throw ValidationError("give either CSV files or --from-decisions") }
    }

    func run() async throws {
        let logger = common.bootstrapLogging()
        let configuration = try common.configuration()
        let engine = try common.engine(for: configuration, logger: logger)
        let learners = engine.rules.compactMap { configured in (configured.rule as? any LearningRule).map { (configured.identifier, $0) } }
        guard !learners.isEmpty else { throw ValidationError("no learning rule is enabled in the configuration") }

        try await StoreOpener(configuration: configuration, logger: logger).withStore { store in
            let examples: [(submission: Submission, label: TrainingLabel)]
            if fromDecisions {
                examples = try await store.labelledSubmissions()
                for (identifier, _) in learners { try await store.resetLearning(rule: identifier) }
            } else {
                examples = try files.flatMap { path in
                    try LabelledCSV(path: path).examples.map { example in
                        (Submission(body: example.body, author: .init(name: example.author), column: "", source: .commandLine), example.label)
                    }
                }
            }
            for (identifier, learner) in learners {
                try await store.learn(rule: identifier, examples: examples.map { (learner.features(of: $0.submission), $0.label) }, delta: 1)
                let counts = try await store.learnedCounts(rule: identifier, features: [])
                print("\(identifier): learned \(examples.count) examples; now knows \(counts.spamExamples) spam and \(counts.hamExamples) ham")
            }
        }
    }
}
