/// A client's `Idempotency-Key` for one request, with what makes a retry the same request.
///
/// A retry carries the same key and the same content: the store answers it with the comment the
/// first request stored. The same key with other content is a client error, never a second comment.
public struct IdempotencyKey: Sendable, Hashable {
    /// Where the key is unique: the column the comment is on (clients do not share a namespace).
    public var scope: String
    /// The key as the client sent it.
    public var key: String
    /// A digest of the request's content, to tell a retry from a different request.
    public var fingerprint: String

    /// Creates a key.
    public init(scope: String, key: String, fingerprint: String) {
        self.scope = scope
        self.key = key
        self.fingerprint = fingerprint
    }
}

/// What the store remembers of the first request with a key.
public struct IdempotentRequest: Sendable, Hashable {
    /// The content digest of that request.
    public var fingerprint: String
    /// The comment it stored.
    public var commentID: String
    /// The status the first answer gave (the rules' verdict then, not the current status).
    public var status: String

    /// Creates a record.
    public init(fingerprint: String, commentID: String, status: String) {
        self.fingerprint = fingerprint
        self.commentID = commentID
        self.status = status
    }
}
