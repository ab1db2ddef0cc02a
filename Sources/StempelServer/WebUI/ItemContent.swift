/// What an item's page shows: the comment and its history.
struct ItemContent: Sendable {
    /// One line of the comment's audit trail.
    struct Entry: Sendable {
        var when: String
        var whenMachine: String
        var actor: String
        var action: String
        var change: String
        var note: String?
        /// For an edit: the text it replaced.
        var original: String?
    }

    var item: CommentCard
    var history: [Entry]
    var flash: [String]
    /// This page, to come back to after deciding.
    var back: String
    /// The status the moderator sees, sent with a decision so that a change meanwhile is a conflict.
    var from: String
    /// Whether the latest entry is a moderator's decision that can be undone.
    var canUndo: Bool
}
