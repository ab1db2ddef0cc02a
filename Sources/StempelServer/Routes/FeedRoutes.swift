import Foundation
import Hummingbird
import Publishing

/// The published feeds and the discovery page, from the ``FeedCache``:
///
/// - `/feeds/columns.{atom,rss,json}` and their archive pages `/feeds/columns/archive/{n}.…`,
/// - `/feeds/comments.…`, `/columns/{slug}/comments.…`, `/tags/{tag}.…`,
/// - `/`, an HTML page linking them all, and `/columns/{slug}`, a column's page with its comments
///   and a comment form.
///
/// `GET` and `HEAD` both work; validators, gzip and `304` are the ``FeedResponder``'s.
struct FeedRoutes: Sendable {
    let cache: FeedCache
    let responder: FeedResponder

    func register(on router: Router<StempelRequestContext>) {
        let paths: [RouterPath] = ["/feeds/{file}", "/feeds/columns/archive/{file}", "/tags/{file}", "/columns/{slug}/{file}"]
        for path in paths {
            router.get(path) { request, _ in try await feed(request) }
            router.head(path) { request, _ in try await feed(request) }
        }
        router.get("/") { request, _ in try await page(.index, request) }
        router.head("/") { request, _ in try await page(.index, request) }
        router.get("/columns/{slug}") { request, context in try await page(.columnPage(slug: try context.parameters.require("slug")), request) }
        router.head("/columns/{slug}") { request, context in try await page(.columnPage(slug: try context.parameters.require("slug")), request) }
    }

    private func feed(_ request: Request) async throws -> Response {
        guard let key = FeedKey(path: request.uri.path), let feed = try await cache.document(for: .feed(key)) else {
            throw ProblemDetails(.notFound, detail: "There is no feed at \(request.uri.path). The index at / lists the feeds.")
        }
        return responder.response(to: request, with: feed, selfLink: cache.builder.site.url(key.path))
    }

    private func page(_ resource: PublishedResource, _ request: Request) async throws -> Response {
        guard let page = try await cache.document(for: resource) else {
            throw ProblemDetails(.notFound, detail: "There is no published column at \(request.uri.path).")
        }
        return responder.response(to: request, with: page, selfLink: nil)
    }
}
