import Hummingbird

/// Headers every response carries: `X-Content-Type-Options: nosniff`, so that no browser reads a
/// feed or a JSON document as HTML, and, when the site's public address is https,
/// `Strict-Transport-Security`, so that browsers never fall back to plain http.
struct TransportSecurityMiddleware: RouterMiddleware {
    typealias Context = StempelRequestContext

    /// Whether the site is served over https (its `site.base_url`).
    let isHTTPS: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        if isHTTPS {
            response.headers[.strictTransportSecurity] = "max-age=31536000"
        }
        return response
    }
}
