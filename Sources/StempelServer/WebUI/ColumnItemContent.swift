/// What a held column's page shows: the column, its status and its history (the rules' hold and
/// every decision since, from `audit_events`). Plain text only: the templates escape it.
struct ColumnItemContent: Sendable {
    var column: QueueEntry.ColumnCard
    /// The column's status, in the reader's language.
    var status: String
    /// Whether it still waits for a decision: only then does the page offer one.
    var isHeld: Bool
    var history: [ItemContent.Entry]
    var flash: [String]
    /// This page, to come back to after deciding.
    var back: String
}
