import Hummingbird
import Prometheus

/// `GET /metrics`: every swift-metrics instrument in Prometheus's text format.
struct MetricsRoutes: Sendable {
    let registry: PrometheusCollectorRegistry

    func register(on router: Router<StempelRequestContext>) {
        router.get("/metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
