import Hummingbird
import Storage

/// Reads `Authorization: Bearer <token>` and puts the moderator it belongs to in the context.
///
/// A missing or unknown token leaves the context anonymous; ``RequireRole`` then answers 401.
/// An unknown token counts as a failed sign-in for the client's address: once the
/// ``LoginThrottle`` locks the address, requests with a token answer 429 with `Retry-After`.
struct BearerAuthenticator: RouterMiddleware {
    let store: any StempelStore
    let throttle: LoginThrottle
    let proxies: TrustedProxies

    func handle(
        _ request: Request,
        context: StempelRequestContext,
        next: (Request, StempelRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
            let address = proxies.clientAddress(of: request, context: context)
            if let seconds = try await throttle.retryAfter(account: nil, address: address) {
                return try ProblemDetails.tooManyFailures(retryAfter: seconds, request: request, context: context)
            }
            let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
            context.moderator = try await store.moderator(tokenHash: Credentials.tokenHash(token))
            if context.moderator == nil { try await throttle.recordFailure(account: nil, address: address) }
        }
        return try await next(request, context)
    }
}

/// Lets a request through only for an authenticated moderator with one of `roles`.
///
/// Without credentials: 401 with `WWW-Authenticate: Bearer`; with the wrong role: 403. Both as
/// problem documents.
struct RequireRole: RouterMiddleware {
    let roles: Set<Moderator.Role>

    func handle(
        _ request: Request,
        context: StempelRequestContext,
        next: (Request, StempelRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let moderator = context.moderator else {
            var response = try ProblemDetails(.unauthorized, detail: "Send a moderator's API token as 'Authorization: Bearer <token>'.")
                .response(from: request, context: context)
            response.headers[.wwwAuthenticate] = #"Bearer realm="stempel""#
            return response
        }
        guard roles.contains(moderator.role) else {
            throw ProblemDetails(.forbidden, detail: "This needs the \(roles.map(\.rawValue).sorted().joined(separator: " or ")) role.")
        }
        return try await next(request, context)
    }
}
