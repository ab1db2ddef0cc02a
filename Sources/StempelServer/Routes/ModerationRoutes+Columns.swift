import Foundation
import Hummingbird
import Storage

extension ModerationRoutes {
    /// Decides one held column (`column-12`): approve publishes it, reject keeps it out.
    func decideColumn(_ id: String, rowID: Int64, _ payload: DecisionPayload, context: StempelRequestContext) async throws -> Response {
        // Columns are decided from held only: there is no undo of a column's decision to go back from.
        if let from = payload.from, from != .held {
            throw Self.badParameter("from", "must be held for a column")
        }
        let result = try await decideColumns([rowID], payload.action, payload.note, context: context)[0]
        switch result {
        case .notFound:
            throw ProblemDetails(.notFound, title: "Unknown submission", detail: "There is no submission with the id '\(id)'.")
        case .conflict(let column):
            throw ProblemDetails(
                .conflict, title: "Already decided", detail: "The column is \(column.status.rawValue), not held; nothing was changed.")
        default:
            return try Response.json(DecisionView(id: id, result))
        }
    }

    func decideColumns(_ rowIDs: [Int64], _ action: ModeratorAction, _ note: String?, context: StempelRequestContext) async throws
        -> [ColumnDecisionResult]
    {
        guard let moderator = context.moderator else { throw ProblemDetails(.unauthorized) }
        return try await store.decideColumns(rowIDs: rowIDs, action: action, actor: moderator.name, note: note, at: Date())
    }

    /// `GET /api/v1/audit/events`: marks on authors and decisions on columns, in order.
    func auditEvents(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        let after = try parameters["after"].map { text in
            guard let value = Int64(String(text)) else { throw Self.badParameter("after", "must be a sequence number") }
            return value
        }
        var limit = 500
        if let text = parameters["limit"] {
            guard let value = Int(String(text)), (1...1_000).contains(value) else { throw Self.badParameter("limit", "must be between 1 and 1000") }
            limit = value
        }
        return try Response.json(["events": try await store.auditEvents(after: after, limit: limit)])
    }
}
