import Foundation

/// A signed-in web UI session: whose it is, its form token, and until when it is valid.
///
/// The store keeps only a SHA-256 of the session's cookie value, as it does for API tokens: a
/// leaked database leaks no session.
public struct ModeratorSession: Sendable, Hashable {
    /// The account signed in.
    public var moderator: Moderator
    /// The CSRF token every form of this session must carry.
    public var csrfToken: String
    /// When the session was made.
    public var createdAt: Date
    /// When it stops being valid.
    public var expiresAt: Date

    /// Creates a session.
    public init(moderator: Moderator, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.moderator = moderator
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
