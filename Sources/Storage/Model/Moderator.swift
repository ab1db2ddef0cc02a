import Foundation

/// A person who decides on held submissions.
public struct Moderator: Sendable, Hashable {
    /// The login name, unique regardless of case.
    public var name: String
    /// What the account may do.
    public var role: Role
    /// The bcrypt hash of the password; never the password.
    public var passwordHash: String
    /// When the account was made.
    public var createdAt: Date

    /// Creates a moderator.
    public init(name: String, role: Role, passwordHash: String, createdAt: Date) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    /// What an account may do.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Manages accounts, sources and configuration, and decides on submissions.
        case admin
        /// Decides on submissions.
        case moderator
    }
}
