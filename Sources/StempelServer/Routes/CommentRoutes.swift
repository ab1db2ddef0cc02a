import Foundation
import Hummingbird
import ModerationKit
import Storage

/// `POST /api/v1/columns/{slug}/comments` and `GET /api/v1/comments/{id}`.
struct CommentRoutes: Sendable {
    let intake: CommentIntake
    let limits: CommentLimits
    /// How long a comment's body may take to arrive.
    let bodyDeadline: Duration
    let redirects: RedirectPolicy
    let proxies: TrustedProxies

    func register(on router: Router<StempelRequestContext>) {
        router.post("/api/v1/columns/{slug}/comments") { request, context in
            try await create(request, context: context)
        }
        router.get("/api/v1/comments/{id}") { _, context in
            let id = try context.parameters.require("id")
            guard let comment = try await intake.store.comment(id: id) else {
                throw ProblemDetails(.notFound, title: "Unknown comment", detail: "There is no comment with the id '\(id)'.")
            }
            return try Response.json(CommentView(comment))
        }
    }

    private func create(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard try await intake.store.columnExists(slug: slug) else { throw ProblemDetails.unknownColumn(slug) }
        let (form, source) = try await RequestBodyReader(limit: limits.requestMaxBytes, deadline: bodyDeadline).commentForm(from: request)
        // An empty redirect (a form's hidden field left blank) is no redirect, as an empty email or URL is none.
        let redirect = try form.redirect.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }.map { try redirects.validated($0) }
        let submission = try CommentValidator(limits: limits).submission(
            from: form,
            column: slug,
            clientAddress: proxies.clientAddress(of: request, context: context),
            source: source,
            now: Date()
        )
        let receipt: IdempotentRequest
        do {
            if let key = try IdempotencyHeader.key(in: request, column: slug, form: form) {
                receipt = try await intake.submit(submission, idempotencyKey: key, logger: context.logger)
            } else {
                let comment = try await intake.submit(submission, logger: context.logger)
                receipt = IdempotentRequest(fingerprint: "", commentID: comment.id, status: comment.status.rawValue)
            }
        } catch let error as StoreError where error.isUnknownColumn {
            throw ProblemDetails.unknownColumn(slug)
        } catch let error as StoreError {
            context.logger.error("comment not stored", metadata: ["error": "\(error)"])
            throw ProblemDetails(
                .serviceUnavailable, title: "Comments cannot be stored right now", detail: "Nothing was stored; please try again shortly.")
        } catch let mismatch as IdempotencyMismatch {
            throw ProblemDetails(
                .unprocessableContent, title: "Idempotency-Key reused",
                detail: "The Idempotency-Key '\(mismatch.key)' was already used for a different comment on this column; nothing was stored.")
        }
        var headers = HTTPFields()
        headers[.location] = "/api/v1/comments/\(receipt.commentID)"
        if let redirect {
            headers[.location] = redirect
            return Response(status: .seeOther, headers: headers)
        }
        return try Response.json(CreatedCommentView(id: receipt.commentID, status: receipt.status), status: .created, headers: headers)
    }
}
