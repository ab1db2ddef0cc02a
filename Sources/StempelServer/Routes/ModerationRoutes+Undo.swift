import Foundation
import Hummingbird
import Storage

extension ModerationRoutes {
    /// `POST /api/v1/submissions/{id}/undo`: undoes the submission's latest moderator decision.
    func undo(_ request: Request, context: StempelRequestContext) async throws -> Response {
        guard let moderator = context.moderator else { throw ProblemDetails(.unauthorized) }
        let id = try context.parameters.require("id")
        if let rowID = HeldColumn.rowID(fromQueueID: id) {
            // A column is decided once, from held: there is no decision of it to take back.
            guard try await store.heldColumn(rowID: rowID) != nil else {
                throw ProblemDetails(.notFound, title: "Unknown submission", detail: "There is no submission with the id '\(id)'.")
            }
            throw ProblemDetails(
                .conflict, title: "Nothing to undo", detail: "'\(id)' is a column: a decision on a column is final and cannot be undone.")
        }
        switch try await store.undoLastDecision(commentID: id, actor: moderator.name, at: Date(), learners: engines.learners) {
        case .undone(let comment, let undone):
            return try Response.json(UndoView(id: id, outcome: "undone", status: comment.status.rawValue, undid: undone.action))
        case .nothingToUndo(let comment):
            throw ProblemDetails(
                .conflict,
                title: "Nothing to undo",
                detail: "The latest entry in the history of '\(id)' is not a moderator's decision that still holds; it is \(comment.status.rawValue)."
            )
        case .notFound:
            throw ProblemDetails(.notFound, title: "Unknown submission", detail: "There is no submission with the id '\(id)'.")
        }
    }
}

/// The outcome of an undo.
struct UndoView: Encodable {
    var id: String
    var outcome: String
    var status: String
    /// The action that was undone.
    var undid: String
}
