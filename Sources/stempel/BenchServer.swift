import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import StempelServer

/// The application on an ephemeral loopback port for a benchmark's HTTP measurements.
struct BenchServer {
    /// The port the server listens on.
    let port: Int
    private let group: ServiceGroup

    /// Starts serving `router` and returns once the socket is listening.
    static func start(router: Router<StempelRequestContext>, logger: Logger) async throws -> BenchServer {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "Stempel"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await group.triggerGracefulShutdown()
            throw BenchFailure("the benchmark server did not start")
        }
        return BenchServer(port: port, group: group)
    }

    /// Stops the server gracefully: it closes its listener and lets requests in flight finish.
    func stop() async {
        await group.triggerGracefulShutdown()
    }
}
