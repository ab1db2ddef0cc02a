import Foundation
import Hummingbird
import Storage

/// Reads the session cookie and puts the session and its moderator in the context.
///
/// An unknown or expired session leaves the context anonymous; the pages then ask to sign in.
struct SessionAuthenticator: RouterMiddleware {
    let store: any StempelStore

    func handle(
        _ request: Request,
        context: StempelRequestContext,
        next: (Request, StempelRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        // A bearer token does not sign in to the UI: its forms are protected by the session's token.
        context.moderator = nil
        if let secret = request.cookies[WebCookies.session]?.value, !secret.isEmpty,
            let session = try await store.session(tokenHash: Credentials.tokenHash(secret), at: Date())
        {
            context.session = session
            context.moderator = session.moderator
        }
        return try await next(request, context)
    }
}
