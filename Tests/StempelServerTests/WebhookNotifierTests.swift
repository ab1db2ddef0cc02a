import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import Moderation
import NIOCore
import ServiceLifecycle
import Storage
import Testing

@testable import StempelServer

@Suite struct WebhookNotifierTests {
    private static let secret = "een-gedeeld-geheim-van-32-tekens"

    @Test func theSignatureIsHMACSHA256OverTheBody() {
        // RFC 4231, test case 2.
        let value = WebhookSignature.value(for: Data("what do ya want for nothing?".utf8), secret: "Jefe")
        #expect(value == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func retriesWaitTwiceAsLongEachTimeUpToTheMaximumWithJitter() {
        let delays = (1...5).map { WebhookNotifier.retryDelay(afterAttempts: $0, first: 10, maximum: 60, jitter: 1) }
        #expect(delays == [10, 20, 40, 60, 60])
        #expect(WebhookNotifier.retryDelay(afterAttempts: 2, first: 10, maximum: 60, jitter: 0.5) == 10)
        for _ in 0..<100 {
            #expect((5...10).contains(WebhookNotifier.retryDelay(afterAttempts: 1, first: 10, maximum: 60)))
        }
    }

    @Test(arguments: ServerBackend.available) func aHeldCommentIsPostedSignedAndRetriedAfterAFailure(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let receiver = Receiver(failures: 1)
            let (port, stopReceiver) = try await receiver.start()
            defer { stopReceiver() }
            var configuration = WebhookConfiguration()
            configuration.url = "http://127.0.0.1:\(port)/hooks/stempel"
            configuration.secret = Self.secret
            configuration.firstRetrySeconds = 1
            let notifier = try #require(
                WebhookNotifier(
                    outbox: server.store, configuration: configuration, baseURL: "https://stempel.test", interval: .milliseconds(50),
                    logger: Logger(label: "test")))
            // The first round marks where the audit trail ends; later holds are announced.
            await notifier.deliverDue()

            let id = try await server.test(.router) { client in
                let response = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
                #expect(response.status == .created && response.json["status"] as? String == "held")
                return try #require(response.json["id"] as? String)
            }
            // The comment is stored and answered before any webhook is tried.
            #expect(await receiver.calls.isEmpty)

            let task = Task { try await notifier.run() }
            defer { task.cancel() }
            let deadline = ContinuousClock.now + .seconds(30)
            while await receiver.calls.count < 2, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
            let calls = await receiver.calls
            try #require(calls.count == 2)
            for call in calls {
                #expect(call.signature == WebhookSignature.value(for: call.body, secret: Self.secret))
                #expect(call.event == "submission.held" && call.contentType == "application/json")
            }
            #expect(calls[0].body == calls[1].body && calls[0].delivery == calls[1].delivery)
            // The retry came after the first wait (1 s with jitter: at least half of it).
            #expect(calls[1].at - calls[0].at >= .milliseconds(450))
            let payload = try #require(try JSONSerialization.jsonObject(with: calls[1].body) as? [String: Any])
            let submission = try #require(payload["submission"] as? [String: Any])
            #expect(payload["event"] as? String == "submission.held" && submission["id"] as? String == id)
            #expect(payload["moderate_url"] as? String == "https://stempel.test/moderate/items/\(id)")
            #expect(!String(decoding: calls[1].body, as: UTF8.self).contains("lezer@example.nl"))
            while try await server.store.nextWebhookAttempt() != nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            #expect(try await server.store.nextWebhookAttempt() == nil)
            #expect(try await server.store.failedWebhookDeliveries(limit: 10).isEmpty)
        }
    }

    @Test(arguments: ServerBackend.available) func aHeldColumnIsPostedSignedWithItsOwnKind(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let receiver = Receiver(failures: 0)
            let (port, stopReceiver) = try await receiver.start()
            defer { stopReceiver() }
            var configuration = WebhookConfiguration()
            configuration.url = "http://127.0.0.1:\(port)/hooks/stempel"
            configuration.secret = Self.secret
            let notifier = try #require(
                WebhookNotifier(
                    outbox: server.store, configuration: configuration, baseURL: "https://stempel.test/", interval: .milliseconds(50),
                    logger: Logger(label: "test")))
            await notifier.deliverDue()
            // Stored by the poll (nothing waits for the receiver), announced by the next round.
            try await server.holdColumns(["een-gehouden-column"], findings: [RuleFinding(rule: "word-list", score: 5, reason: "casino")])
            #expect(await receiver.calls.isEmpty)
            let column = try #require(try await server.store.heldColumns(QueueQuery()).first)
            await notifier.deliverDue()

            let calls = await receiver.calls
            try #require(calls.count == 1)
            #expect(calls[0].signature == WebhookSignature.value(for: calls[0].body, secret: Self.secret))
            #expect(calls[0].event == "submission.held")
            let payload = try #require(try JSONSerialization.jsonObject(with: calls[0].body) as? [String: Any])
            #expect(payload["event"] as? String == "submission.held")
            #expect(payload["moderate_url"] as? String == "https://stempel.test/moderate/items/\(column.id)")
            let submission = try #require(payload["submission"] as? [String: Any])
            #expect(submission["kind"] as? String == "column")
            #expect(submission["id"] as? String == column.id)
            #expect(submission["column"] as? String == "een-gehouden-column")
            #expect(submission["title"] as? String == "Gehouden 1 <b>")
            #expect(submission["body"] as? String == "Waar het over gaat 1")
            #expect(submission["author"] as? String == "Blogger")
            #expect(submission["source"] as? String == "feed")
            #expect(submission["source_name"] as? String == "Het blog")
            #expect(submission["link"] as? String == "https://blog.example.org/een-gehouden-column")
            #expect(submission["score"] as? Double == 5)
            #expect((submission["findings"] as? [[String: Any]])?.first?["reason"] as? String == "casino")
            #expect(try await server.store.nextWebhookAttempt() == nil)
        }
    }

    @Test(arguments: ServerBackend.available) func aDeliveryIsGivenUpAfterItsAttempts(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            let receiver = Receiver(failures: 100)
            let (port, stopReceiver) = try await receiver.start()
            defer { stopReceiver() }
            var configuration = WebhookConfiguration()
            configuration.url = "http://127.0.0.1:\(port)/hooks/stempel"
            configuration.secret = Self.secret
            configuration.maxAttempts = 1
            let notifier = try #require(
                WebhookNotifier(
                    outbox: server.store, configuration: configuration, baseURL: "https://stempel.test", interval: .milliseconds(50),
                    logger: Logger(label: "test")))
            await notifier.deliverDue()
            try await server.test(.router) { client in _ = try await client.postComment("JA, MAAR DIE MAP IS NIET NIEUW MEER!") }
            await notifier.deliverDue()
            #expect(await receiver.calls.count == 1)
            let failed = try await server.store.failedWebhookDeliveries(limit: 10)
            #expect(failed.count == 1 && failed.first?.lastError == "answered 500")
            await notifier.deliverDue()
            #expect(await receiver.calls.count == 1)
        }
    }

    @Test func theServerRunsTheNotifierOnlyWithAWebhookConfigured() async throws {
        let without = try await TestServer()
        #expect(!without.application.backgroundServices(logger: Logger(label: "test")).contains { $0 is WebhookNotifier })
        let with = try await TestServer { configuration in
            configuration.webhooks.url = "https://hooks.example/stempel"
            configuration.webhooks.secret = Self.secret
        }
        #expect(with.application.backgroundServices(logger: Logger(label: "test")).contains { $0 is WebhookNotifier })
    }

    @Test func withoutASecretThereIsNoNotifier() throws {
        var configuration = WebhookConfiguration()
        configuration.url = "https://hooks.example/stempel"
        #expect(
            WebhookNotifier(outbox: try SQLiteStore.inMemory(), configuration: configuration, baseURL: "https://x", logger: Logger(label: "test"))
                == nil)
    }
}

/// A webhook receiver on a loopback port that fails its first `failures` calls with 500.
private actor Receiver {
    struct Call {
        var body: Data
        var signature: String?
        var event: String?
        var delivery: String?
        var contentType: String?
        var at: ContinuousClock.Instant
    }

    private(set) var calls: [Call] = []
    private let failures: Int

    init(failures: Int) { self.failures = failures }

    /// Records a call; answers whether it should succeed.
    func record(_ call: Call) -> Bool {
        calls.append(call)
        return calls.count > failures
    }

    /// Starts listening; returns the port and how to stop.
    nonisolated func start() async throws -> (Int, @Sendable () -> Void) {
        let router = Router()
        router.post("/hooks/stempel") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            let call = Call(
                body: Data(body.readableBytesView), signature: request.headers[.init("X-Stempel-Signature")!],
                event: request.headers[.init("X-Stempel-Event")!], delivery: request.headers[.init("X-Stempel-Delivery")!],
                contentType: request.headers[.contentType], at: .now)
            return await self.record(call) ? .noContent : .internalServerError
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        // Cancelling the server at the end of a test is how it stops, not an error worth a line.
        var logger = Logger(label: "receiver")
        logger.logLevel = .critical
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        let task = Task { try await application.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw CancellationError()
        }
        return (port, { task.cancel() })
    }
}
