import Hummingbird
import Storage

/// `GET /api/v1/columns` and `GET /api/v1/columns/{slug}`.
struct ColumnRoutes: Sendable {
    let store: any StempelStore

    func register(on router: Router<StempelRequestContext>) {
        router.get("/api/v1/columns") { _, _ in
            let summaries = try await store.columnSummaries()
            return try Response.json(ColumnListView(columns: summaries.map { ColumnView($0) }))
        }
        router.get("/api/v1/columns/{slug}") { _, context in
            let slug = try context.parameters.require("slug")
            guard let summary = try await store.columnSummary(slug: slug) else { throw ProblemDetails.unknownColumn(slug) }
            let comments = try await store.approvedComments(onColumn: slug)
            return try Response.json(ColumnView(summary, comments: comments))
        }
    }
}
