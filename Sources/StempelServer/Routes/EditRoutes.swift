import Foundation
import Hummingbird
import Storage

/// `POST /api/v1/submissions/{id}/edit`: a moderator redacts a submission's body; the audit trail
/// keeps the original.
struct EditRoutes: Sendable {
    let store: any StempelStore
    let limits: CommentLimits

    struct EditPayload: Decodable {
        var body: String
        var note: String?
    }

    func register(on router: Router<StempelRequestContext>) {
        router.group("/api/v1").add(middleware: RequireRole(roles: [.moderator, .admin]))
            .post("submissions/{id}/edit") { request, context in try await edit(request, context: context) }
    }

    private func edit(_ request: Request, context: StempelRequestContext) async throws -> Response {
        guard let moderator = context.moderator else { throw ProblemDetails(.unauthorized) }
        let id = try context.parameters.require("id")
        let payload = try await RequestBodyReader(limit: limits.requestMaxBytes).json(EditPayload.self, from: request)
        let body = try Self.validated(payload.body, limits: limits)
        if let rowID = HeldColumn.rowID(fromQueueID: id) {
            // A column's text is its source's: a moderator approves or rejects it, never rewrites it.
            guard try await store.heldColumn(rowID: rowID) != nil else {
                throw ProblemDetails(.notFound, title: "Unknown submission", detail: "There is no submission with the id '\(id)'.")
            }
            throw ProblemDetails(.conflict, title: "Not editable", detail: "'\(id)' is a column: only a comment's text can be edited.")
        }
        switch try await store.edit(commentID: id, body: body, actor: moderator.name, note: payload.note, at: Date()) {
        case .notFound:
            throw ProblemDetails(.notFound, title: "Unknown submission", detail: "There is no submission with the id '\(id)'.")
        case let result:
            return try Response.json(DecisionView(id: id, result))
        }
    }

    /// The edited body, trimmed: 1 to `bodyMaxCharacters` characters, or 422 naming `body`.
    static func validated(_ text: String, limits: CommentLimits) throws -> String {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ProblemDetails.invalidFields([.init(field: "body", message: "must not be empty")]) }
        guard body.count <= limits.bodyMaxCharacters else {
            throw ProblemDetails.invalidFields([.init(field: "body", message: "must be at most \(limits.bodyMaxCharacters) characters")])
        }
        return body
    }
}
