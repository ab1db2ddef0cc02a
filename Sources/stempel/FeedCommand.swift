import ArgumentParser

/// `stempel feed`: tools for the feeds Stempel reads.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Work with RSS and Atom feeds.",
        subcommands: [FeedInspectCommand.self, FeedFetchCommand.self]
    )
}
