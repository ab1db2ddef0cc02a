import Crypto
import Foundation
import HummingbirdBcrypt

/// Passwords and API tokens: how they are made, stored and checked.
///
/// Passwords are kept as bcrypt hashes. API tokens are 256 random bits shown once; only their
/// SHA-256 is stored, which is enough because a random token cannot be guessed from its hash.
public struct Credentials: Sendable {
    /// The bcrypt cost; 12 in production, lower in tests.
    public var bcryptCost: UInt8

    /// Creates credentials with a bcrypt cost (default 12).
    public init(bcryptCost: UInt8 = 12) {
        self.bcryptCost = bcryptCost
    }

    /// The shortest password accepted.
    public static let minimumPasswordLength = 10

    /// The bcrypt hash of a password.
    public func hash(password: String) -> String {
        Bcrypt.hash(password, cost: bcryptCost)
    }

    /// Whether `password` matches a stored bcrypt hash.
    public func verify(password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A new API token: `stp_` and 64 hex digits.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "stp_" + bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// What is stored for a token: its SHA-256 in hex.
    public static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
