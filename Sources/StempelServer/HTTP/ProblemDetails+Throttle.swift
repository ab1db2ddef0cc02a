import Hummingbird

extension ProblemDetails {
    /// 429 for a client or account locked after too many failed sign-ins, with `Retry-After`.
    static func tooManyFailures(retryAfter seconds: Int, request: Request, context: some RequestContext) throws -> Response {
        try ProblemDetails(
            .tooManyRequests,
            title: "Too many failed sign-ins",
            detail: "Too many failed attempts to sign in; try again in \(seconds) seconds."
        ).response(from: request, context: context, retryAfter: seconds)
    }

    /// This problem as a response that tells the client when to try again (`Retry-After`).
    func response(from request: Request, context: some RequestContext, retryAfter seconds: Int) throws -> Response {
        var response = try response(from: request, context: context)
        response.headers[.retryAfter] = String(seconds)
        return response
    }
}
