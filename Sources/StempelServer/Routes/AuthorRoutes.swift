import Foundation
import Hummingbird
import Storage

/// `/api/v1/authors`: authors moderators marked trusted or blocked, which the rules see through
/// `RuleContext.authorStanding(of:)`. Moderators and admins; every change is audited
/// (`GET /api/v1/audit/events`).
struct AuthorRoutes: Sendable {
    let store: any StempelStore
    let limit: Int

    /// Exactly one of `email`, `email_hash`, `address` and `network` names the author.
    struct MarkPayload: Decodable {
        var standing: AuthorMark.Standing
        var email: String?
        var emailHash: String?
        var address: String?
        var network: String?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case standing, email, address, network, note
            case emailHash = "email_hash"
        }
    }

    func register(on router: Router<StempelRequestContext>) {
        let group = router.group("/api/v1/authors").add(middleware: RequireRole(roles: [.moderator, .admin]))
        group.get { _, _ in try Response.json(["authors": try await store.authorMarks().map(AuthorMarkView.init)]) }
        group.post { request, context in try await mark(request, context: context) }
        group.delete("{id}") { _, context in try await remove(context) }
    }

    private func mark(_ request: Request, context: StempelRequestContext) async throws -> Response {
        guard let moderator = context.moderator else { throw ProblemDetails(.unauthorized) }
        let payload = try await RequestBodyReader(limit: limit).json(MarkPayload.self, from: request)
        let key = try Self.key(payload)
        let note = payload.note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let note, note.count > 1_000 {
            throw Self.invalid("note", "must be at most 1000 characters")
        }
        let change = try await store.markAuthor(key, as: payload.standing, note: note, actor: moderator.name, at: Date())
        var headers = HTTPFields()
        headers[.location] = "/api/v1/authors/\(change.mark.id)"
        return try Response.json(AuthorMarkView(change.mark), status: change.previous == nil ? .created : .ok, headers: headers)
    }

    /// The one key the payload gives, normalized; 422 naming the field otherwise.
    static func key(_ payload: MarkPayload) throws -> AuthorKey {
        let given: [(field: String, value: String)] = [
            ("email", payload.email), ("email_hash", payload.emailHash), ("address", payload.address), ("network", payload.network),
        ].compactMap { field, value in value.map { (field, $0) } }
        guard given.count == 1, let (field, value) = given.first else {
            throw Self.invalid("email", "give exactly one of email, email_hash, address and network")
        }
        do {
            switch field {
            case "email": return try AuthorKey(email: value)
            case "email_hash": return try AuthorKey(emailHash: value)
            case "address": return try AuthorKey(address: value)
            default: return try AuthorKey(network: value)
            }
        } catch let error as AuthorKey.Invalid {
            throw Self.invalid(field, error.message)
        }
    }

    private static func invalid(_ field: String, _ message: String) -> ProblemDetails {
        ProblemDetails(
            .unprocessableContent, title: "The author cannot be marked", detail: "\(field): \(message)",
            errors: [.init(field: field, message: message)])
    }

    private func remove(_ context: StempelRequestContext) async throws -> Response {
        guard let moderator = context.moderator else { throw ProblemDetails(.unauthorized) }
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else {
            throw ProblemDetails(
                .badRequest, title: "Bad author id", detail: "'\(text)' is not an author mark id.",
                errors: [.init(field: "id", message: "must be a number")]
            )
        }
        guard try await store.removeAuthorMark(id: id, actor: moderator.name, at: Date()) != nil else {
            throw ProblemDetails(.notFound, title: "Unknown author mark", detail: "There is no author mark with the id \(id).")
        }
        return Response(status: .noContent)
    }
}

/// An author mark as the API shows it. An email address is only ever shown as its hash.
struct AuthorMarkView: Encodable {
    var id: Int64
    var kind: String
    var value: String
    var standing: String
    var note: String?
    var markedBy: String
    var markedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, kind, value, standing, note
        case markedBy = "marked_by"
        case markedAt = "marked_at"
    }

    init(_ mark: AuthorMark) {
        id = mark.id
        kind = mark.key.kind.rawValue
        value = mark.key.value
        standing = mark.standing.rawValue
        note = mark.note
        markedBy = mark.markedBy
        markedAt = mark.markedAt
    }
}
