import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a host name into the addresses a connection would use.
public protocol HostResolver: Sendable {
    /// Every address `host` resolves to; an IP literal resolves to itself.
    func addresses(of host: String) async throws -> [IPAddress]
}

/// The system's resolver (`getaddrinfo`), run on NIO's blocking thread pool.
///
/// `getaddrinfo` also reads the numeric forms browsers accept (`2130706433`, `0x7f.1`,
/// `0177.0.0.1`), so the guard judges what a connection would really reach.
public struct SystemResolver: HostResolver {
    /// Creates the resolver.
    public init() {}

    public func addresses(of host: String) async throws -> [IPAddress] {
        try await NIOThreadPool.singleton.runIfActive { try Self.lookUp(host) }
    }

    private static func lookUp(_ host: String) throws -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let first = list else {
            throw FetchError.refused("the host '\(host)' cannot be resolved (\(String(cString: gai_strerror(status))))")
        }
        defer { freeaddrinfo(first) }
        var addresses: [IPAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let address = Self.address(entry.pointee), !addresses.contains(address) { addresses.append(address) }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }

    private static func address(_ entry: addrinfo) -> IPAddress? {
        guard let socketAddress = entry.ai_addr else { return nil }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        switch entry.ai_family {
        case AF_INET:
            var address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            let bytes = withUnsafeBytes(of: &address) { Array($0) }
            inet_ntop(AF_INET, &address, &text, socklen_t(text.count))
            return IPAddress(bytes: bytes, text: text.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        case AF_INET6:
            var address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
            let bytes = withUnsafeBytes(of: &address) { Array($0) }
            inet_ntop(AF_INET6, &address, &text, socklen_t(text.count))
            return IPAddress(bytes: bytes, text: text.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        default:
            return nil
        }
    }
}
