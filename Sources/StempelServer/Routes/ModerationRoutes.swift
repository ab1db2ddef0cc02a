import Foundation
import Hummingbird
import Moderation
import ModerationKit
import Storage

/// The moderators' API: the queue, decisions (one or many) and, for admins, the audit trail.
///
/// The queue lists held comments and held columns from moderated sources (`kind`); a column's
/// id is `column-12`, and the same decision routes decide it (``ModerationRoutes+Columns``).
///
/// Every route needs a moderator's bearer token: 401 without, 403 for the wrong role.
struct ModerationRoutes: Sendable {
    let store: any StempelStore
    let engines: EngineHolder
    let limit: Int

    struct DecisionPayload: Decodable {
        var action: ModeratorAction
        var note: String?
        /// The status the moderator saw; a comment no longer in it is a conflict. Default held.
        var from: ModerationStatus?
    }

    struct BulkDecisionPayload: Decodable {
        var ids: [String]
        var action: ModeratorAction
        var note: String?
    }

    func register(on router: Router<StempelRequestContext>) {
        let moderators = router.group("/api/v1").add(middleware: RequireRole(roles: [.moderator, .admin]))
        moderators.get("queue") { request, _ in try await queue(request) }
        moderators.post("submissions/{id}/decision") { request, context in try await decideOne(request, context: context) }
        moderators.post("decisions") { request, context in try await decideMany(request, context: context) }
        moderators.post("submissions/{id}/undo") { request, context in try await undo(request, context: context) }
        let audit = router.group("/api/v1/audit").add(middleware: RequireRole(roles: [.admin]))
        audit.get { request, _ in try await self.audit(request) }
        audit.get("events") { request, _ in try await auditEvents(request) }
    }

    private func queue(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        var query = QueueQuery(
            column: parameters["column"].map(String.init),
            rule: parameters["rule"].map(String.init),
            author: parameters["author"].map(String.init)
        )
        if let text = parameters["min_score"] {
            guard let value = Double(String(text)), value.isFinite else { throw Self.badParameter("min_score", "must be a number") }
            query.minimumScore = value
        }
        if let text = parameters["limit"] {
            guard let value = Int(String(text)), (1...200).contains(value) else { throw Self.badParameter("limit", "must be between 1 and 200") }
            query.limit = value
        }
        if let token = parameters["cursor"] {
            guard let cursor = QueueCursor(token: String(token)) else { throw Self.badParameter("cursor", "is not a cursor from this API") }
            query.after = cursor
        }
        if let text = parameters["source"] {
            guard let value = Int64(String(text)), value > 0 else { throw Self.badParameter("source", "must be a source id") }
            query.source = value
        }
        if let text = parameters["kind"] {
            guard let kind = QueueItemKind(rawValue: String(text)) else { throw Self.badParameter("kind", "must be comment or column") }
            query.kind = kind
        }
        let items = try await store.moderationQueue(query)
        let next = items.count == query.limit ? items.last?.cursor.token : nil
        return try Response.json(QueuePageView(items: items.map(QueueItemView.init), next: next))
    }

    private func decideOne(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let payload = try await RequestBodyReader(limit: limit).json(DecisionPayload.self, from: request)
        let expected = payload.from ?? .held
        if let rowID = HeldColumn.rowID(fromQueueID: id) {
            return try await decideColumn(id, rowID: rowID, payload, context: context)
        }
        let results = try await decide([id], payload.action, payload.note, expected: expected, context: context)
        switch results[0] {
        case .notFound:
            throw ProblemDetails(.notFound, title: "Unknown submission", detail: "There is no submission with the id '\(id)'.")
        case .conflict(let comment, let last):
            let who = last.map { " by \($0.actor) at \(ISO8601DateFormatter().string(from: $0.decidedAt))" } ?? ""
            throw ProblemDetails(
                .conflict,
                title: "Already decided",
                detail: "The submission is \(comment.status.rawValue)\(who), not \(expected.rawValue); nothing was changed."
            )
        default:
            return try Response.json(DecisionView(id: id, results[0]))
        }
    }

    private func decideMany(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let payload = try await RequestBodyReader(limit: limit).json(BulkDecisionPayload.self, from: request)
        guard !payload.ids.isEmpty, payload.ids.count <= 1_000 else { throw Self.badParameter("ids", "must list 1 to 1000 ids") }
        // Comments and columns are decided in a transaction each; the answer keeps the order asked.
        let columnIDs = payload.ids.compactMap(HeldColumn.rowID(fromQueueID:))
        let commentIDs = payload.ids.filter { HeldColumn.rowID(fromQueueID: $0) == nil }
        var views: [String: DecisionView] = [:]
        if !commentIDs.isEmpty {
            let results = try await decide(commentIDs, payload.action, payload.note, expected: .held, context: context)
            for (id, result) in zip(commentIDs, results) { views[id] = DecisionView(id: id, result) }
        }
        if !columnIDs.isEmpty {
            let results = try await decideColumns(columnIDs, payload.action, payload.note, context: context)
            for (rowID, result) in zip(columnIDs, results) {
                let id = HeldColumn.idPrefix + String(rowID)
                views[id] = DecisionView(id: id, result)
            }
        }
        return try Response.json(["results": payload.ids.compactMap { views[$0] }])
    }

    /// Applies decisions and, in the same transaction, teaches the learning rules what the moderator said.
    private func decide(
        _ ids: [String],
        _ action: ModeratorAction,
        _ note: String?,
        expected: ModerationStatus,
        context: StempelRequestContext
    ) async throws -> [DecisionResult] {
        guard let moderator = context.moderator else { throw ProblemDetails(.unauthorized) }
        let learners = engines.current.rules.compactMap { configured -> Learner? in
            guard let learner = configured.rule as? any LearningRule else { return nil }
            return Learner(rule: configured.identifier) { learner.features(of: $0) }
        }
        let results = try await store.decide(
            commentIDs: ids,
            action: action,
            actor: moderator.name,
            note: note,
            expecting: expected,
            at: Date(),
            learners: learners
        )
        return results
    }

    private func audit(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        let after = try parameters["after"].map { text in
            guard let value = Int64(String(text)) else { throw Self.badParameter("after", "must be a sequence number") }
            return value
        }
        // A format this API does not have is refused, not answered as JSON the caller did not ask for.
        if let format = parameters["format"], format != "jsonl" { throw Self.badParameter("format", "must be jsonl") }
        let entries = try await store.auditLog(after: after, limit: parameters["format"] == "jsonl" ? 1_000_000 : 500)
        guard parameters["format"] == "jsonl" else { return try Response.json(["entries": entries]) }
        var lines = Data()
        for entry in entries {
            lines.append(try JSONEncoder.api.encode(entry))
            lines.append(0x0A)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/jsonl"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: lines)))
    }

    static func badParameter(_ name: String, _ message: String) -> ProblemDetails {
        ProblemDetails(.badRequest, title: "Bad query parameter", detail: "\(name) \(message).", errors: [.init(field: name, message: message)])
    }
}
