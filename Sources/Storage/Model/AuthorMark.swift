import Foundation
import ModerationKit

/// A moderator's mark on an author: trusted or blocked, by ``AuthorKey``.
public struct AuthorMark: Sendable, Hashable, Codable {
    /// What a mark says.
    public enum Standing: String, Sendable, Hashable, Codable, CaseIterable {
        /// The author skips the first-time hold and scores lower.
        case trusted
        /// The author's submissions are refused (or held, as `blocked-authors` is configured).
        case blocked

        /// The standing the rules see.
        public var authorStanding: AuthorStanding {
            switch self {
            case .trusted: .trusted
            case .blocked: .blocked
            }
        }
    }

    /// The mark's id.
    public var id: Int64
    /// Whom it marks.
    public var key: AuthorKey
    /// Trusted or blocked.
    public var standing: Standing
    /// The moderator's note, if any.
    public var note: String?
    /// The moderator who set it last.
    public var markedBy: String
    /// When it was set last.
    public var markedAt: Date

    /// Creates a mark.
    public init(id: Int64, key: AuthorKey, standing: Standing, note: String?, markedBy: String, markedAt: Date) {
        self.id = id
        self.key = key
        self.standing = standing
        self.note = note
        self.markedBy = markedBy
        self.markedAt = markedAt
    }
}

/// What ``StempelStore/markAuthor(_:as:note:actor:at:)`` did.
public struct AuthorMarkChange: Sendable, Hashable {
    /// The mark as it is now.
    public var mark: AuthorMark
    /// The mark before, when the author was marked already.
    public var previous: AuthorMark?

    /// Creates a change.
    public init(mark: AuthorMark, previous: AuthorMark?) {
        self.mark = mark
        self.previous = previous
    }
}
