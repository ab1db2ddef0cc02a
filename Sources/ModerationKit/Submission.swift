import Foundation

/// A comment (or column) submitted for moderation, as the rules see it.
///
/// A value type: rules read it and never change it. New fields may be added with defaults, so
/// construct it with labelled arguments.
public struct Submission: Sendable, Hashable, Codable {
    /// The text of the comment, as the reader wrote it (plain text, possibly with links).
    public var body: String
    /// Who wrote it.
    public var author: Author
    /// The slug of the column the comment is on.
    public var column: String
    /// The client's IP address as text (`203.0.113.7`, `2001:db8::1`), when known.
    public var clientAddress: String?
    /// When Stempel received it.
    public var receivedAt: Date
    /// How it arrived.
    public var source: Source

    /// Creates a submission.
    public init(
        body: String,
        author: Author,
        column: String,
        clientAddress: String? = nil,
        receivedAt: Date = Date(),
        source: Source = .api
    ) {
        self.body = body
        self.author = author
        self.column = column
        self.clientAddress = clientAddress
        self.receivedAt = receivedAt
        self.source = source
    }

    /// The person who wrote a submission, as they gave themselves.
    public struct Author: Sendable, Hashable, Codable {
        /// The display name.
        public var name: String
        /// The email address, never shown publicly.
        public var email: String?
        /// The author's website.
        public var url: String?

        /// Creates an author.
        public init(name: String, email: String? = nil, url: String? = nil) {
            self.name = name
            self.email = email
            self.url = url
        }
    }

    /// The channel a submission came through.
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// The JSON API.
        case api
        /// A plain HTML form post.
        case form
        /// A subscribed feed.
        case feed
        /// The command line (`stempel check`).
        case commandLine = "command-line"
    }
}
