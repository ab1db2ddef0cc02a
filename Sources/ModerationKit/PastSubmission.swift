import Foundation

/// An earlier submission, as a rule may see it in ``RuleContext/recentSubmissions(_:within:limit:)``.
///
/// A value, kept in one shared box: a history hands out lists of up to hundreds of these, and
/// copying one costs a single reference count instead of one for each of its strings.
public struct PastSubmission: Sendable, Hashable {
    /// Its body.
    public var body: String {
        @inlinable get { storage.body }
        set { storage = Storage(body: newValue, column: column, author: author, receivedAt: receivedAt, fingerprint: fingerprint) }
    }
    /// The slug of its column.
    public var column: String {
        @inlinable get { storage.column }
        set { storage = Storage(body: body, column: newValue, author: author, receivedAt: receivedAt, fingerprint: fingerprint) }
    }
    /// Its author.
    public var author: Submission.Author {
        @inlinable get { storage.author }
        set { storage = Storage(body: body, column: column, author: newValue, receivedAt: receivedAt, fingerprint: fingerprint) }
    }
    /// When it was received.
    public var receivedAt: Date {
        @inlinable get { storage.receivedAt }
        set { storage = Storage(body: body, column: column, author: author, receivedAt: newValue, fingerprint: fingerprint) }
    }
    /// Its body's shingles, when the history keeps them (Stempel's store does, computed once
    /// when the comment was stored); nil otherwise. Use ``shingles`` to get them either way.
    public var fingerprint: ShingleFingerprint? {
        @inlinable get { storage.fingerprint }
        set { storage = Storage(body: body, column: column, author: author, receivedAt: receivedAt, fingerprint: newValue) }
    }

    /// The fields, never changed in place: a setter above puts a new box in. The getters are
    /// inlinable so that a rule reading a field of a listed submission borrows it from the box
    /// instead of copying it out through a call.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let body: String
        @usableFromInline let column: String
        @usableFromInline let author: Submission.Author
        @usableFromInline let receivedAt: Date
        @usableFromInline let fingerprint: ShingleFingerprint?

        init(body: String, column: String, author: Submission.Author, receivedAt: Date, fingerprint: ShingleFingerprint?) {
            self.body = body
            self.column = column
            self.author = author
            self.receivedAt = receivedAt
            self.fingerprint = fingerprint
        }
    }

    @usableFromInline var storage: Storage

    /// Creates a past submission.
    public init(body: String, column: String, author: Submission.Author, receivedAt: Date, fingerprint: ShingleFingerprint? = nil) {
        storage = Storage(body: body, column: column, author: author, receivedAt: receivedAt, fingerprint: fingerprint)
    }

    /// The body's shingles: the stored ``fingerprint``, else computed from the body.
    public var shingles: ShingleFingerprint {
        fingerprint ?? ShingleFingerprint(body)
    }

    /// Whether both have the same body, column, author, time and fingerprint.
    public static func == (lhs: PastSubmission, rhs: PastSubmission) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.body == rhs.body && lhs.column == rhs.column && lhs.author == rhs.author && lhs.receivedAt == rhs.receivedAt
            && lhs.fingerprint == rhs.fingerprint
    }

    /// Hashes the same fields as ``==(_:_:)`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(body)
        hasher.combine(column)
        hasher.combine(author)
        hasher.combine(receivedAt)
        hasher.combine(fingerprint)
    }
}
