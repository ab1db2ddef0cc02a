/// What an entry replies to (RFC 4685 `thr:in-reply-to`): the parent entry's id and where to find it.
public struct FeedReplyReference: Sendable, Hashable, Codable {
    /// The identifier of the entry replied to (`ref`, required by RFC 4685).
    public var ref: String
    /// Where the parent entry can be read (`href`, resolved).
    public var href: String?
    /// The media type of ``href``.
    public var type: String?
    /// The feed the parent entry comes from (`source`, resolved).
    public var source: String?

    /// Creates a reference.
    public init(ref: String, href: String? = nil, type: String? = nil, source: String? = nil) {
        self.ref = ref
        self.href = href
        self.type = type
        self.source = source
    }
}
