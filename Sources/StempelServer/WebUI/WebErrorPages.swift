import Hummingbird
import Logging

/// Answers every error under `/moderate` as an HTML page instead of a problem document: the UI
/// is read by people in a browser.
struct WebErrorPages: RouterMiddleware {
    let pages: PageRenderer

    func handle(
        _ request: Request,
        context: StempelRequestContext,
        next: (Request, StempelRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return page(for: error, request: request, context: context)
        } catch let error as any HTTPResponseError {
            let message: WebError.Message =
                switch error.status {
                case .notFound, .methodNotAllowed: .notFound
                case .contentTooLarge: .formTooLarge
                case .forbidden: .forbidden
                case .badRequest: .formMalformed
                default: .server
                }
            return page(for: WebError(error.status, message: message), request: request, context: context)
        } catch {
            context.logger.error("moderation page failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return page(for: WebError(.internalServerError, message: .server), request: request, context: context)
        }
    }

    private func page(for error: WebError, request: Request, context: StempelRequestContext) -> Response {
        let language = UILanguage.negotiate(request)
        let content = ErrorContent(message: UIText.text(error.message.rawValue, language, error.value), signIn: error.status == .unauthorized)
        var response = pages.render("error", content: content, status: error.status, request: request, context: context)
        for field in error.headers { response.headers.append(field) }
        return response
    }
}

/// What the error page shows.
struct ErrorContent: Sendable {
    var message: String
    /// Whether to offer the sign-in form (the page needs a session).
    var signIn: Bool
}
