import ArgumentParser
import Syndication

/// The `stempel` command: the server and its tools.
@main
struct Stempel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stempel",
        abstract: "A self-hosted, plugin-based comment moderation server.",
        subcommands: [
            ServeCommand.self, CheckCommand.self, RulesCommand.self, TrainCommand.self, EvaluateCommand.self, BenchCommand.self,
            ModeratorCommand.self, SanitizeCommand.self, FeedCommand.self, SourceCommand.self, BackupCommand.self, MigrateCommand.self,
            WebhookCommand.self,
            ExportCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: ServeCommand.self
    )

    /// Runs the command. `stempel feed ...` parses whole, possibly large, feeds in one go: it pads
    /// the heap first (``LargeFeedMemory``), before any other thread has made an arena of its own,
    /// so that every arena gets the padding. The server and the other commands keep glibc's defaults.
    static func main() async {
        if CommandLine.arguments.dropFirst().first == "feed" {
            LargeFeedMemory.reserveHeapPadding()
        }
        await main(nil)
    }
}
