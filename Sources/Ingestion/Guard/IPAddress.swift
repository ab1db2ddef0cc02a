/// An IPv4 or IPv6 address as bytes, and the kinds of network it belongs to.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6, in network order.
    public let bytes: [UInt8]
    /// The address as text (`192.0.2.1`, `2001:db8::1`).
    public let description: String

    /// Creates an address from its bytes and its text.
    public init(bytes: [UInt8], text: String) {
        self.bytes = bytes
        self.description = text
    }

    /// Why a fetch must not reach this address, or nil for a public address.
    ///
    /// IPv4-mapped (`::ffff:127.0.0.1`), IPv4-compatible (`::127.0.0.1`), NAT64 (`64:ff9b::/96`)
    /// and 6to4 (`2002::/16`) forms are judged by the IPv4 address they carry.
    public var restriction: String? {
        if bytes.count == 4 { return Self.restriction(ipv4: bytes) }
        guard bytes.count == 16 else { return "not an IP address" }
        if bytes.allSatisfy({ $0 == 0 }) { return "unspecified address" }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return "loopback address" }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff {
            return Self.restriction(ipv4: Array(bytes[12..<16])).map { "IPv4-mapped \($0)" }
        }
        if bytes[0..<12].allSatisfy({ $0 == 0 }) { return Self.restriction(ipv4: Array(bytes[12..<16])).map { "IPv4-compatible \($0)" } }
        if bytes[0..<12] == [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0] {
            return Self.restriction(ipv4: Array(bytes[12..<16])).map { "NAT64 \($0)" }
        }
        if bytes[0] == 0x20 && bytes[1] == 0x02 { return Self.restriction(ipv4: Array(bytes[2..<6])).map { "6to4 \($0)" } }
        if bytes[0] == 0xff { return "multicast address" }
        if bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80 { return "link-local address" }
        if bytes[0] == 0xfe && bytes[1] & 0xc0 == 0xc0 { return "site-local address" }
        if bytes[0] & 0xfe == 0xfc { return "private address (unique local)" }
        if bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8 { return "documentation address" }
        return nil
    }

    private static func restriction(ipv4 bytes: [UInt8]) -> String? {
        let (a, b) = (bytes[0], bytes[1])
        switch a {
        case 0: return "unspecified address (0.0.0.0/8)"
        case 10: return "private address (10.0.0.0/8)"
        case 127: return "loopback address"
        case 100 where b & 0xc0 == 64: return "CGNAT address (100.64.0.0/10)"
        case 169 where b == 254: return "link-local address"
        case 172 where b & 0xf0 == 16: return "private address (172.16.0.0/12)"
        case 192 where b == 168: return "private address (192.168.0.0/16)"
        case 192 where b == 0 && bytes[2] == 0: return "IETF protocol address (192.0.0.0/24)"
        case 198 where b & 0xfe == 18: return "benchmarking address (198.18.0.0/15)"
        case 224...239: return "multicast address"
        case 240...255: return "reserved address"
        default: return nil
        }
    }
}
