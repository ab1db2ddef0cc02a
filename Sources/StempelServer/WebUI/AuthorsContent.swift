/// What the authors page shows: the marks moderators set, and the form to add one.
struct AuthorsContent: Sendable {
    /// One mark in the list.
    struct Mark: Sendable {
        var id: String
        var kind: String
        var value: String
        var standing: String
        var isBlocked: Bool
        var note: String?
        var markedBy: String
        var marked: String
    }

    var marks: [Mark]
    var hasMarks: Bool
    var flash: String?
    var error: String?
    /// What was typed, kept when marking failed.
    var value: String
    var note: String
}
