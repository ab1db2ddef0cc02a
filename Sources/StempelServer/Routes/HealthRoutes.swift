import Hummingbird
import Storage

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
struct HealthRoutes: Sendable {
    let store: any StempelStore

    struct Health: Encodable {
        var status: String
        var columns: Int
    }

    func register(on router: Router<StempelRequestContext>) {
        router.get("/healthz") { _, context in
            do {
                return try Response.json(Health(status: "ok", columns: try await store.columnCount()))
            } catch {
                context.logger.error("health check failed", metadata: ["error": "\(error)"])
                throw ProblemDetails(.serviceUnavailable, title: "Unhealthy", detail: "The database does not answer.")
            }
        }
    }
}
