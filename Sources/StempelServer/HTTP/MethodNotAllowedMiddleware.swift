import HTTPTypes
import Hummingbird

/// Answers `405 Method Not Allowed` with an `Allow` header, instead of `404`, when a request's
/// path names a route that exists for other methods (RFC 9110, section 15.5.6).
///
/// Added last, after every route: Hummingbird wraps only its not-found responder in middleware
/// added after the routes, so this sees exactly the requests no route matched, never a handler's
/// own `404` (an unknown column, say).
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = StempelRequestContext

    /// Each registered route's path and method.
    let routes: [(path: RouterPath, method: HTTPRequest.Method)]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = allowedMethods(for: request.uri.path)
            guard !allowed.isEmpty else { throw error }
            let allow = allowed.joined(separator: ", ")
            let problem = ProblemDetails(
                .methodNotAllowed, detail: "\(request.method.rawValue) is not allowed on \(request.uri.path); allowed: \(allow).")
            var response = try problem.response(from: request, context: context)
            response.headers[.allow] = allow
            return response
        }
    }

    /// The methods of every route whose path matches `path`, sorted; empty when none does.
    func allowedMethods(for path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        var methods = Set<String>()
        for route in routes where Self.matches(route.path, segments) {
            methods.insert(route.method.rawValue)
        }
        return methods.sorted()
    }

    private static func matches(_ routePath: RouterPath, _ segments: [Substring]) -> Bool {
        var components = routePath.components[...]
        if components.last == .recursiveWildcard {
            // `/moderate/**`: the segments before the wildcard must match, whatever follows them.
            components = components.dropLast()
            guard segments.count >= components.count else { return false }
        } else {
            guard components.count == segments.count else { return false }
        }
        return zip(components, segments).allSatisfy { $0 ~= $1 }
    }
}
