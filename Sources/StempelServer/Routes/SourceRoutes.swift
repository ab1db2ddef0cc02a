import Foundation
import Hummingbird
import Ingestion
import Storage

/// `/api/v1/sources`: the subscribed feeds. Moderators read the list; admins add and remove.
///
/// Only http and https URLs are accepted here; local files are added on the command line or in
/// `sources.yaml`, so that an API token is no way to read the server's files.
struct SourceRoutes: Sendable {
    let store: any SourceStore
    let limit: Int

    struct SourcePayload: Decodable {
        var url: String
        var name: String?
        var trusted: Bool?
        var interval: String?
        var comments: Bool?
    }

    func register(on router: Router<StempelRequestContext>) {
        router.group("/api/v1/sources").add(middleware: RequireRole(roles: [.moderator, .admin])).get { _, _ in
            try Response.json(["sources": try await store.sources().map(SourceView.init)])
        }
        let admins = router.group("/api/v1/sources").add(middleware: RequireRole(roles: [.admin]))
        admins.post { request, _ in try await add(request) }
        admins.delete("{id}") { _, context in try await remove(context) }
    }

    private func add(_ request: Request) async throws -> Response {
        let payload = try await RequestBodyReader(limit: limit).json(SourcePayload.self, from: request)
        let input = SourceInput(
            url: payload.url, name: payload.name, trusted: payload.trusted ?? false, interval: payload.interval,
            followComments: payload.comments ?? true)
        let draft: SourceDraft
        do {
            draft = try input.draft(allowLocalFiles: false)
        } catch let error as SourceInputError {
            throw ProblemDetails(
                .unprocessableContent, title: "The source cannot be added", detail: "\(error.field): \(error.message)",
                errors: [.init(field: error.field, message: error.message)])
        }
        do {
            let source = try await store.addSource(draft)
            var headers = HTTPFields()
            headers[.location] = "/api/v1/sources/\(source.id)"
            return try Response.json(SourceView(source), status: .created, headers: headers)
        } catch let error as StoreError {
            throw ProblemDetails(.conflict, title: "Already subscribed", detail: error.description)
        }
    }

    private func remove(_ context: StempelRequestContext) async throws -> Response {
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else {
            throw ProblemDetails(
                .badRequest, title: "Bad source id", detail: "'\(text)' is not a source id.",
                errors: [.init(field: "id", message: "must be a number")])
        }
        guard try await store.removeSource(id: id) else {
            throw ProblemDetails(.notFound, title: "Unknown source", detail: "There is no source with the id \(id).")
        }
        return Response(status: .noContent)
    }
}
