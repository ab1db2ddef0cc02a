import Foundation

/// The SSRF guard: decides whether a URL may be fetched, after resolving its host.
///
/// Only `http` and `https` are fetched; URLs with credentials are refused (they are how
/// `http://a\@b/` tricks hide a second host). Every address the host resolves to must be public
/// unless private networks are allowed, and the fetch then connects to the address checked here
/// (not to a second lookup that DNS rebinding could change). The fetcher calls the guard again
/// for every redirect.
///
/// ```swift
/// let guardian = URLGuard(allowPrivateNetworks: false)
/// let address = try await guardian.check(URL(string: "https://example.nl/feed")!)
/// ```
public struct URLGuard: Sendable {
    private let resolver: any HostResolver
    private let restriction: @Sendable (IPAddress) -> String?

    /// A guard that refuses loopback, private, link-local, multicast and CGNAT addresses (and
    /// their IPv6-mapped forms) unless `allowPrivateNetworks`.
    public init(allowPrivateNetworks: Bool, resolver: any HostResolver = SystemResolver()) {
        self.resolver = resolver
        self.restriction = { address in
            guard !allowPrivateNetworks else { return nil }
            return address.restriction
        }
    }

    /// A guard with its own rule for addresses: `restriction` returns why one is refused, or nil.
    public init(resolver: any HostResolver, restriction: @escaping @Sendable (IPAddress) -> String?) {
        self.resolver = resolver
        self.restriction = restriction
    }

    /// The address to connect to for `url`.
    ///
    /// - Throws: ``FetchError/refused(_:)`` saying why the URL may not be fetched.
    public func check(_ url: URL) async throws -> IPAddress {
        let scheme = url.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            throw FetchError.refused(scheme.isEmpty ? "not an absolute URL" : "the scheme '\(scheme)' is not fetched, only http and https")
        }
        guard url.user == nil, url.password == nil else { throw FetchError.refused("URLs with credentials are not fetched") }
        guard var host = url.host, !host.isEmpty else { throw FetchError.refused("the URL has no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let addresses = try await resolver.addresses(of: host)
        guard let first = addresses.first else { throw FetchError.refused("the host '\(host)' has no address") }
        // Every address, not only the first: a host with one public and one private address
        // would otherwise be a way in on the next lookup.
        for address in addresses {
            if let why = restriction(address) {
                let article = "aeiouAEIOU".contains(why.first ?? "x") ? "an" : "a"
                let what = host == address.description ? "\(host) is" : "\(host) resolves to \(address),"
                throw FetchError.refused("\(what) \(article) \(why); private networks are not allowed")
            }
        }
        return first
    }
}
