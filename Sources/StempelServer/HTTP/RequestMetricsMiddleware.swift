import Hummingbird
import Prometheus

/// Counts every answered request in `stempel_http_requests_total{route, method, status}`.
///
/// It is the outermost middleware, so the count includes what the others answer themselves: 429
/// from the rate limiter, problem documents, 401 and 403. `route` is the route's pattern
/// (`/api/v1/columns/{slug}`), never the path, so that readers cannot create label values; an
/// unknown path is `NotFound`. Hummingbird's own `hb_requests` is counted inside the rate limiter
/// and goes to the process-wide metrics factory; this one goes to the application's registry.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "stempel", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "Requests answered, by route pattern, method and status.")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let route = context.endpointPath ?? "NotFound"
        do {
            let response = try await next(request, context)
            count(route, request.method, response.status)
            return response
        } catch {
            count(route, request.method, (error as? any HTTPResponseError)?.status ?? .internalServerError)
            throw error
        }
    }

    private func count(_ route: String, _ method: HTTPRequest.Method, _ status: HTTPResponse.Status) {
        registry.makeCounter(
            descriptor: Self.requests,
            labels: [("route", route), ("method", method.rawValue), ("status", String(status.code))]
        ).increment()
    }
}
