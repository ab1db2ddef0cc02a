import ArgumentParser

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
}
