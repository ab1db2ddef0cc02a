import ArgumentParser
import Foundation
import Logging
import Moderation
import ModerationKit
import Storage

/// `stempel evaluate`: runs the configured rules and policy over labelled comments and reports
/// how well they separate spam from ham. Nothing is stored.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Judge labelled CSV comments with the configured policy and print precision, recall and the confusion matrix."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "Labelled CSV files (CONTENT and CLASS columns; 1 = spam, 0 = ham).")
    var files: [String]

    func run() async throws {
        let logger = common.bootstrapLogging()
        let configuration = try common.configuration()
        let engine = try common.engine(for: configuration, logger: logger)
        let confusion = try await common.withExistingStoreOrEmpty(configuration) { store in
            var confusion = Confusion()
            for path in files {
                for example in try LabelledCSV(path: path).examples {
                    let submission = Submission(body: example.body, author: .init(name: example.author), column: "", source: .commandLine)
                    confusion.count(example.label, await engine.judge(submission, history: store).status)
                }
            }
            return confusion
        }
        print(confusion.report(policy: engine.policy))
    }
}

/// Counts of labels against statuses, and the figures derived from them.
struct Confusion {
    private var cells: [TrainingLabel: [ModerationStatus: Int]] = [:]

    mutating func count(_ label: TrainingLabel, _ status: ModerationStatus) {
        cells[label, default: [:]][status, default: 0] += 1
    }

    func cell(_ label: TrainingLabel, _ status: ModerationStatus) -> Int { cells[label]?[status] ?? 0 }

    func total(_ label: TrainingLabel) -> Int { ModerationStatus.allCases.reduce(0) { $0 + cell(label, $1) } }

    func report(policy: ModerationPolicy) -> String {
        let spamCaught = cell(.spam, .held) + cell(.spam, .rejected)
        let hamCaught = cell(.ham, .held) + cell(.ham, .rejected)
        let recall = ratio(spamCaught, total(.spam))
        let precision = ratio(spamCaught, spamCaught + hamCaught)
        let hamApproved = ratio(cell(.ham, .approved), total(.ham))
        var lines = ["policy: hold at \(policy.holdAt), reject at \(policy.rejectAt)", "", "        approved     held rejected"]
        for label in TrainingLabel.allCases {
            let row = ModerationStatus.allCases.map { String(format: "%8d", cell(label, $0)) }.joined(separator: " ")
            lines.append("\(label.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(row)")
        }
        lines += [
            "",
            String(format: "spam held or rejected (recall): %.1f%% of %d", recall * 100, total(.spam)),
            String(format: "precision of holding or rejecting: %.1f%%", precision * 100),
            String(format: "ham approved: %.1f%% of %d", hamApproved * 100, total(.ham)),
        ]
        return lines.joined(separator: "\n")
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
