import Foundation

/// One item in the moderation queue: a held comment or a held column from a moderated source.
public enum QueueItem: Sendable, Hashable {
    /// A held comment.
    case comment(StoredComment)
    /// A held column.
    case column(HeldColumn)

    /// The id the decision routes take: a comment's UUID, or `column-12`.
    public var id: String {
        switch self {
        case .comment(let comment): comment.id
        case .column(let column): column.id
        }
    }

    /// When it arrived: the queue's order.
    public var createdAt: Date {
        switch self {
        case .comment(let comment): comment.createdAt
        case .column(let column): column.createdAt
        }
    }

    /// The cursor that starts the next page after this item.
    public var cursor: QueueCursor { QueueCursor(createdAt: createdAt, id: id) }

    /// The queue's order: oldest first, then by id compared byte by byte, as SQLite compares
    /// text, so that a page merged from comments and columns continues where the cursor says.
    static func precedes(_ lhs: QueueItem, _ rhs: QueueItem) -> Bool {
        if lhs.createdAt != rhs.createdAt { return lhs.createdAt < rhs.createdAt }
        return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
    }
}

/// Which kinds of item a queue lists.
public enum QueueItemKind: String, Sendable, Hashable, CaseIterable {
    /// Held comments.
    case comment
    /// Held columns from moderated sources.
    case column
}
