import Crypto
import Foundation
import ModerationKit

/// What a moderator marks an author by: an email address (kept only as its SHA-256), an exact
/// client address, or a client network as ``ClientNetwork`` groups them (IPv4 /24, IPv6 /48).
///
/// The initializers normalize, so that the same author always gives the same key:
///
/// ```swift
/// try AuthorKey(email: " Anna@Example.org")      // .email, the SHA-256 of "anna@example.org"
/// try AuthorKey(address: "::ffff:203.0.113.7")   // .address, "203.0.113.7"
/// try AuthorKey(network: "203.0.113.99/24")      // .network, "203.0.113.0/24"
/// ```
public struct AuthorKey: Sendable, Hashable, Codable {
    /// What kind of key it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The SHA-256 (lowercase hex) of the lowercased, trimmed email address.
        case email
        /// One client address, in its canonical text.
        case address
        /// A client network (`203.0.113.0/24`, `2001:db8:1::/48`).
        case network
    }

    /// The kind.
    public var kind: Kind
    /// The normalized value: a hash, an address or a network.
    public var value: String

    /// Why a key was refused; ``message`` says it for people.
    public struct Invalid: Error, Hashable {
        /// What was wrong, naming the field.
        public let message: String
    }

    /// A key for an email address, hashed; the address itself is not kept.
    public init(email: String) throws {
        let normalized = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard normalized.contains("@"), normalized.count <= 320 else { throw Invalid(message: "email must be an email address") }
        self.init(emailHash: Self.hash(email: normalized), checked: ())
    }

    /// A key for an email address already hashed (64 hex digits, any case).
    public init(emailHash: String) throws {
        let hash = emailHash.lowercased()
        guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else { throw Invalid(message: "email_hash must be 64 hexadecimal digits") }
        self.init(emailHash: hash, checked: ())
    }

    /// A key for one client address (IPv4 or IPv6; an IPv4-mapped IPv6 address is its IPv4).
    public init(address: String) throws {
        guard let canonical = Self.canonical(address: address.trimmingCharacters(in: .whitespaces)) else {
            throw Invalid(message: "address must be an IPv4 or IPv6 address")
        }
        self.init(kind: .address, value: canonical)
    }

    /// A key for a client network: an address with `/24` (IPv4) or `/48` (IPv6), the networks
    /// the rules group addresses by; host bits are cleared.
    public init(network: String) throws {
        let parts = network.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        let refusal = Invalid(message: "network must be an IPv4 /24 or IPv6 /48 network, such as 203.0.113.0/24")
        guard parts.count == 2, let prefix = Int(parts[1]), let grouped = ClientNetwork.of(String(parts[0])) else { throw refusal }
        guard grouped.hasSuffix("/\(prefix)"), Self.canonical(address: String(parts[0])) != nil else { throw refusal }
        self.init(kind: .network, value: grouped)
    }

    /// A key as stored (no normalization): for rows read back from the database.
    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    private init(emailHash: String, checked: Void) {
        self.init(kind: .email, value: emailHash)
    }

    /// The keys a submission matches: its email's hash, its address and its network.
    public static func keys(of submission: Submission) -> [AuthorKey] {
        var keys: [AuthorKey] = []
        if let email = submission.author.email?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(), !email.isEmpty {
            keys.append(AuthorKey(kind: .email, value: hash(email: email)))
        }
        if let address = submission.clientAddress, let canonical = canonical(address: address) {
            keys.append(AuthorKey(kind: .address, value: canonical))
            if let network = ClientNetwork.of(address) { keys.append(AuthorKey(kind: .network, value: network)) }
        }
        return keys
    }

    /// SHA-256 of the (already normalized) address, as lowercase hex.
    static func hash(email: String) -> String {
        // Written with a table, not `String(format:)` per byte: every judgement asks for the
        // author's standing, and formatting cost far more than hashing.
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.byteCount)
        for byte in SHA256.hash(data: Data(email.utf8)) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The address in one spelling (RFC 5952 for IPv6): the network of the whole address.
    static func canonical(address: String) -> String? {
        guard let full = ClientNetwork.of(address, ipv4PrefixLength: 32, ipv6PrefixLength: 128), let slash = full.lastIndex(of: "/") else {
            return nil
        }
        return String(full[..<slash])
    }
}
