/// What became of undoing a comment's latest decision.
public enum UndoResult: Sendable, Hashable {
    /// The decision was undone: the comment is back in the status it had before, and the audit
    /// trail has an `undo` entry after `undone`, the entry it undid.
    case undone(StoredComment, undone: AuditEntry)
    /// The latest entry is not a moderator's decision (the rules' verdict, or an undo), or the
    /// comment has changed since: there is nothing to undo.
    case nothingToUndo(StoredComment)
    /// There is no such comment.
    case notFound
}
