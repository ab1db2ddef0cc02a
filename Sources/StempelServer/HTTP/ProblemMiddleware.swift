import Hummingbird
import Logging
import Storage

/// Answers every error as an RFC 9457 problem document.
///
/// Hummingbird's own errors (no such route, body too large) keep their status with a clear
/// detail; a database that cannot be written now (disk full, read-only) answers 503 with
/// `Retry-After`; anything unexpected is logged and answered as a plain 500 without internals.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            return try problem.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let detail: String? =
                switch error.status {
                case .notFound: "There is nothing at \(request.uri.path)."
                case .methodNotAllowed: "\(request.method) is not allowed on \(request.uri.path)."
                case .contentTooLarge: "The request body is larger than this server accepts."
                default: (error as? HTTPError)?.body
                }
            return try ProblemDetails(error.status, detail: detail).response(from: request, context: context)
        } catch {
            if let unavailable = StoreError.unavailable(from: error) {
                // Disk full, read-only, I/O errors: the transaction was rolled back, nothing is half-written.
                context.logger.error("database unavailable", metadata: ["path": "\(request.uri.path)", "error": "\(unavailable)"])
                return try ProblemDetails(
                    .serviceUnavailable, title: "Temporarily unavailable",
                    detail: "The database cannot be written right now; nothing was changed. Please try again shortly."
                ).response(from: request, context: context, retryAfter: 5)
            }
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return try ProblemDetails(.internalServerError, detail: "Something went wrong on our side. Please try again later.")
                .response(from: request, context: context)
        }
    }
}
