import Hummingbird

/// Security headers on every `/moderate` response.
///
/// The Content-Security-Policy allows scripts, styles and images from this origin only and no
/// inline script or style at all, so that a comment that slipped past escaping still could not
/// run; forms may only post back here, and no other site may frame the pages.
struct WebSecurityHeaders: RouterMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
        "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
    ].joined(separator: "; ")

    func handle(
        _ request: Request,
        context: StempelRequestContext,
        next: (Request, StempelRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.init("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[.init("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        if response.headers[.cacheControl] == nil {
            // Pages show held comments and e-mail addresses: no cache may keep them.
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
