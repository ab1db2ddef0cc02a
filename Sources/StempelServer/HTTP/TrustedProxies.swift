import Foundation
import ModerationKit

/// The reverse proxies whose `X-Forwarded-For` Stempel believes, and how it finds the client.
///
/// Behind nginx every connection comes from the proxy, so without this the flood and duplicate
/// rules would see one address for all readers. Only a proxy listed here may name the client;
/// anyone else's `X-Forwarded-For` is ignored, since a client can send whatever it likes.
public struct TrustedProxies: Sendable, Hashable {
    private let networks: [(text: String, prefix: Int, isIPv6: Bool)]

    /// No trusted proxy: the connection's peer is the client.
    public init() {
        networks = []
    }

    /// Proxies as addresses (`127.0.0.1`, `::1`) or networks (`10.0.0.0/8`, `fd00::/8`).
    ///
    /// - Throws: ``ConfigurationError`` naming an entry that is neither.
    public init(_ entries: [String]) throws {
        networks = try entries.map { entry in
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            let isIPv6 = parts[0].contains(":")
            let maximum = isIPv6 ? 128 : 32
            let prefix = parts.count == 2 ? Int(parts[1]) ?? -1 : maximum
            guard (0...maximum).contains(prefix), let text = Self.network(parts[0], prefix: prefix, isIPv6: isIPv6) else {
                throw ConfigurationError(file: "configuration", message: "server.trusted_proxies: '\(entry)' is not an IP address or network")
            }
            return (text, prefix, isIPv6)
        }
    }

    public static func == (lhs: TrustedProxies, rhs: TrustedProxies) -> Bool {
        lhs.networks.map(\.text) == rhs.networks.map(\.text)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(networks.map(\.text)) }

    /// Whether `address` is one of the trusted proxies.
    public func contains(_ address: String) -> Bool {
        networks.contains { network in
            network.isIPv6 == address.contains(":") && Self.network(address, prefix: network.prefix, isIPv6: network.isIPv6) == network.text
        }
    }

    /// The client's address: the connection's peer, or, when the peer is a trusted proxy, the
    /// right-most address in `X-Forwarded-For` that is not itself a trusted proxy.
    public func clientAddress(peer: String?, forwardedFor: String?) -> String? {
        guard let peer, contains(peer), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !contains(hop) {
            return ClientNetwork.of(hop, ipv4PrefixLength: 32, ipv6PrefixLength: 128) == nil ? peer : hop
        }
        return peer
    }

    private static func network(_ address: String, prefix: Int, isIPv6: Bool) -> String? {
        isIPv6 ? ClientNetwork.of(address, ipv6PrefixLength: prefix) : ClientNetwork.of(address, ipv4PrefixLength: prefix)
    }
}
