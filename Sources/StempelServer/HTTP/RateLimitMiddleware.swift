import Foundation
import Hummingbird
import ModerationKit
import Storage

/// Answers `429 Too Many Requests` with `Retry-After` once a client network has spent its
/// requests for a kind of route (``RateLimitConfiguration``), before the route does any work.
///
/// Clients are grouped by network (IPv4 /24, IPv6 /48 by default) so that hopping addresses
/// within one block does not reset the count; behind a trusted proxy the forwarded address counts.
/// `/healthz`, `/readyz` and `/metrics` are never limited: monitoring must see an overloaded server.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = StempelRequestContext

    /// Where the buckets are: in this process's memory (one instance, the fast default on
    /// SQLite), or in the database that every instance shares.
    enum Buckets: Sendable {
        case memory(RateLimiter)
        case store(StoreRateLimiter)
    }

    let configuration: RateLimitConfiguration
    let proxies: TrustedProxies
    let buckets: Buckets

    /// Counts in `store` when given, else in memory.
    init(configuration: RateLimitConfiguration, proxies: TrustedProxies, store: (any RateLimitStore)? = nil) {
        self.configuration = configuration
        self.proxies = proxies
        self.buckets = store.map { .store(StoreRateLimiter(store: $0)) } ?? .memory(RateLimiter())
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard configuration.enabled, let routeClass = Self.routeClass(of: request), let limit = configuration.limits[routeClass] else {
            return try await next(request, context)
        }
        let address = proxies.clientAddress(of: request, context: context) ?? "unknown"
        let network =
            ClientNetwork.of(address, ipv4PrefixLength: configuration.ipv4PrefixLength, ipv6PrefixLength: configuration.ipv6PrefixLength)
            ?? address
        guard let wait = try await take("\(routeClass.rawValue) \(network)", limit: limit, context: context) else {
            return try await next(request, context)
        }
        let seconds = max(1, Int(wait.rounded(.up)))
        return try ProblemDetails(
            .tooManyRequests, title: "Too many requests",
            detail: "This network may make \(limit.description) requests of this kind; try again in \(seconds) s."
        ).response(from: request, context: context, retryAfter: seconds)
    }

    /// Takes a request from the bucket. When the database cannot count, the request goes on:
    /// the route answers 503 itself if it needs the database, and cached feeds are still served.
    private func take(_ key: String, limit: RateLimitConfiguration.Limit, context: Context) async throws -> Double? {
        switch buckets {
        case .memory(let limiter):
            return limiter.take(key, limit: limit)
        case .store(let limiter):
            do {
                return try await limiter.take(key, limit: limit)
            } catch let error as StoreError {
                context.logger.warning("rate limit not counted: \(error)")
                return nil
            }
        }
    }

    /// Which limit a request counts against; nil for the unlimited routes.
    static func routeClass(of request: Request) -> RateLimitConfiguration.RouteClass? {
        let path = request.uri.path
        if ["/healthz", "/readyz", "/metrics"].contains(path) { return nil }
        if request.method == .post && path.hasPrefix("/api/v1/columns/") && path.hasSuffix("/comments") { return .comments }
        if path.hasPrefix("/moderate")
            || ["/api/v1/queue", "/api/v1/submissions", "/api/v1/decisions", "/api/v1/audit", "/api/v1/sources"].contains(where: {
                path.hasPrefix($0)
            })
        {
            return .moderation
        }
        if path.hasPrefix("/api/") { return .api }
        return .feeds
    }
}
