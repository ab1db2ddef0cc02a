import Hummingbird
import Logging
import Prometheus
import Storage

/// `GET /metrics`: every swift-metrics instrument in Prometheus's text format, and the moderation
/// queue's length (`stempel_queue_length{kind="comment"|"column"}`: held comments and held
/// columns from moderated sources; `sum()` is the whole queue), read from the store at each
/// scrape so that it is right whoever changed the queue (the API, the web UI, the poller,
/// another process).
///
/// With a ``MetricsToken`` configured, a scrape without `Authorization: Bearer <token>` answers
/// 401 with `WWW-Authenticate`, and nothing is read.
struct MetricsRoutes: Sendable {
    let registry: PrometheusCollectorRegistry
    let store: any StempelStore
    var token: MetricsToken?

    func register(on router: Router<StempelRequestContext>) {
        let descriptor = MetricNameDescriptor(
            namespace: "stempel", metricName: "queue", unitName: "length", helpText: "Submissions held for a moderator, by kind.")
        let comments = registry.makeGauge(descriptor: descriptor, labels: [("kind", "comment")])
        let columns = registry.makeGauge(descriptor: descriptor, labels: [("kind", "column")])
        router.get("/metrics") { request, context in
            if let token, !token.isAuthorized(request.headers[.authorization]) {
                var response = try ProblemDetails(.unauthorized, detail: "Send the configured metrics token as 'Authorization: Bearer <token>'.")
                    .response(from: request, context: context)
                response.headers[.wwwAuthenticate] = #"Bearer realm="stempel-metrics""#
                return response
            }
            do {
                // Both counts are read before either gauge is set: a failure leaves both as they were.
                let counts = (comments: try await store.heldCount(), columns: try await store.heldColumnCount())
                comments.set(to: Double(counts.comments))
                columns.set(to: Double(counts.columns))
            } catch {
                // The other metrics still matter when the database does not answer; the gauges keep their last values.
                context.logger.warning("queue length unavailable for /metrics", metadata: ["error": "\(error)"])
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
