import Hummingbird
import Storage

/// `GET /healthz`: 200 when the database answers, 503 when it does not. `GET /readyz`: 200 when it
/// also has every migration this build knows, so that a load balancer sends traffic only then.
struct HealthRoutes: Sendable {
    let store: any StempelStore

    struct Health: Encodable {
        var status: String
        var columns: Int
    }

    struct Readiness: Encodable {
        var status: String
        var migrations: Int
    }

    func register(on router: Router<StempelRequestContext>) {
        router.get("/readyz") { _, context in
            let missing: [String]
            let applied: Int
            do {
                missing = try await store.missingMigrations()
                applied = try await store.appliedMigrationCount()
            } catch {
                context.logger.error("readiness check failed", metadata: ["error": "\(error)"])
                throw ProblemDetails(.serviceUnavailable, title: "Not ready", detail: "The database does not answer.")
            }
            guard missing.isEmpty else {
                throw ProblemDetails(
                    .serviceUnavailable, title: "Not ready", detail: "Migrations not applied yet: \(missing.joined(separator: ", ")).")
            }
            return try Response.json(Readiness(status: "ready", migrations: applied))
        }
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
