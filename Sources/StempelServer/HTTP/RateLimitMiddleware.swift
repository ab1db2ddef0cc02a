import Foundation
import Hummingbird
import ModerationKit

/// Answers `429 Too Many Requests` with `Retry-After` once a client network has spent its
/// requests for a kind of route (``RateLimitConfiguration``), before the route does any work.
///
/// Clients are grouped by network (IPv4 /24, IPv6 /48 by default) so that hopping addresses
/// within one block does not reset the count; behind a trusted proxy the forwarded address counts.
/// `/healthz`, `/readyz` and `/metrics` are never limited: monitoring must see an overloaded server.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = StempelRequestContext

    let configuration: RateLimitConfiguration
    let proxies: TrustedProxies
    let limiter = RateLimiter()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard configuration.enabled, let routeClass = Self.routeClass(of: request), let limit = configuration.limits[routeClass] else {
            return try await next(request, context)
        }
        let address = proxies.clientAddress(of: request, context: context) ?? "unknown"
        let network =
            ClientNetwork.of(address, ipv4PrefixLength: configuration.ipv4PrefixLength, ipv6PrefixLength: configuration.ipv6PrefixLength)
            ?? address
        guard let wait = limiter.take("\(routeClass.rawValue) \(network)", limit: limit) else {
            return try await next(request, context)
        }
        let seconds = max(1, Int(wait.rounded(.up)))
        return try ProblemDetails(
            .tooManyRequests, title: "Too many requests",
            detail: "This network may make \(limit.description) requests of this kind; try again in \(seconds) s."
        ).response(from: request, context: context, retryAfter: seconds)
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
