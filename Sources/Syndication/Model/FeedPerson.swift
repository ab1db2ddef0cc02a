/// An author of an entry (Atom person construct, RSS `author`, `dc:creator`).
///
/// RSS `author` holds an address with an optional name in parentheses
/// (`"jan@example.nl (Jan de Vries)"`); it is split into ``email`` and ``name``.
public struct FeedPerson: Sendable, Hashable, Codable {
    /// The person's name.
    public var name: String?
    /// An e-mail address.
    public var email: String?
    /// A web address for the person.
    public var uri: String?

    /// Creates a person.
    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}
