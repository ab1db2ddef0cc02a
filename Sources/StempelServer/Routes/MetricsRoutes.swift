import Hummingbird
import Logging
import Prometheus
import Storage

/// `GET /metrics`: every swift-metrics instrument in Prometheus's text format, and the moderation
/// queue's length (`stempel_queue_length`), read from the store at each scrape so that it is
/// right whoever changed the queue (the API, the web UI, the poller, another process).
struct MetricsRoutes: Sendable {
    let registry: PrometheusCollectorRegistry
    let store: any StempelStore

    func register(on router: Router<StempelRequestContext>) {
        let queueLength = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "stempel", metricName: "queue", unitName: "length", helpText: "Comments held for a moderator."))
        router.get("/metrics") { _, context in
            do {
                queueLength.set(to: Double(try await store.heldCount()))
            } catch {
                // The other metrics still matter when the database does not answer; the gauge keeps its last value.
                context.logger.warning("queue length unavailable for /metrics", metadata: ["error": "\(error)"])
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
