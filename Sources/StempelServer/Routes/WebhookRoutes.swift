import Foundation
import Hummingbird
import Storage

/// `/api/v1/webhooks/deliveries`: the webhook deliveries that were given up, for admins, and a
/// way to send one again.
struct WebhookRoutes: Sendable {
    let outbox: any WebhookOutbox

    func register(on router: Router<StempelRequestContext>) {
        let admins = router.group("/api/v1/webhooks/deliveries").add(middleware: RequireRole(roles: [.admin]))
        admins.get { request, _ in try await list(request) }
        admins.post("{id}/retry") { _, context in try await retry(context) }
    }

    private func list(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        // Only given-up deliveries are listed; pending ones are the notifier's business.
        let state = parameters["state"].map(String.init) ?? "failed"
        guard state == "failed" else { throw ModerationRoutes.badParameter("state", "must be failed") }
        var limit = 100
        if let text = parameters["limit"] {
            guard let value = Int(String(text)), (1...1_000).contains(value) else {
                throw ModerationRoutes.badParameter("limit", "must be between 1 and 1000")
            }
            limit = value
        }
        return try Response.json(["deliveries": try await outbox.failedWebhookDeliveries(limit: limit).map { WebhookDeliveryView($0) }])
    }

    private func retry(_ context: StempelRequestContext) async throws -> Response {
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else {
            throw ProblemDetails(
                .badRequest, title: "Bad delivery id", detail: "'\(text)' is not a delivery id.",
                errors: [.init(field: "id", message: "must be a number")])
        }
        switch try await outbox.retryWebhookDelivery(id: id, at: Date()) {
        case .scheduled(let delivery):
            return try Response.json(WebhookDeliveryView(delivery, state: "pending"), status: .accepted)
        case .stillPending:
            throw ProblemDetails(.conflict, title: "Not given up", detail: "Delivery \(id) is still pending; it will be tried again anyway.")
        case .notFound:
            throw ProblemDetails(.notFound, title: "Unknown delivery", detail: "There is no webhook delivery with the id \(id).")
        }
    }
}

/// A webhook delivery as admins see it.
struct WebhookDeliveryView: Encodable {
    var id: Int64
    /// What it announces: a comment's id or a column's `column-12`, and which of the two.
    var submissionID: String
    var kind: String
    /// The comment's id again, for receivers of the first version; absent for a column.
    var commentID: String?
    var state: String
    var attempts: Int
    var lastError: String?
    var created: Date

    enum CodingKeys: String, CodingKey {
        case id, kind, state, attempts, created
        case submissionID = "submission_id"
        case commentID = "comment_id"
        case lastError = "last_error"
    }

    init(_ delivery: WebhookDelivery, state: String = "failed") {
        id = delivery.id
        submissionID = delivery.submissionID
        kind = delivery.isColumn ? "column" : "comment"
        commentID = delivery.isColumn ? nil : delivery.submissionID
        self.state = state
        attempts = delivery.attempts
        lastError = delivery.lastError
        created = delivery.createdAt
    }
}
