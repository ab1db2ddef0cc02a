/// What the queue page shows.
struct QueueContent: Sendable {
    /// A choice in a filter's list.
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    /// What the last decision did, in words.
    var flash: [String]
    var columns: [Option]
    var rules: [Option]
    var items: [QueueEntry]
    var hasItems: Bool
    /// The queue with the same filters, to come back to after deciding.
    var back: String
    var nextHref: String?
}
