import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Storage

/// Announces every submission the rules hold to the configured webhook, signed, with retries.
///
/// It reads the store's ``Storage/WebhookOutbox`` rather than being called by the intake: the
/// request that held a comment never waits for the receiver, and since deliveries are rows in
/// the database, a restart resumes them. A failed attempt is retried after a wait that doubles
/// each time (with jitter, so that many deliveries do not retry in step) up to the configured
/// maximum; after `maxAttempts` the delivery is given up, logged, and kept in the database
/// with its last error. Logs name the receiver's host only: the secret, and any token in the
/// URL's path, stay out.
public struct WebhookNotifier: Service {
    private let outbox: any WebhookOutbox
    private let url: String
    private let secret: String
    private let configuration: WebhookConfiguration
    private let baseURL: String
    private let interval: Duration
    private let client: HTTPClient
    private let logger: Logger

    /// Creates a notifier; nil when `configuration` names no usable webhook.
    ///
    /// - Parameters:
    ///   - interval: how often the outbox is read for new held submissions and due retries.
    ///   - baseURL: the site's public URL, for the moderation link in each payload.
    public init?(
        outbox: any WebhookOutbox, configuration: WebhookConfiguration, baseURL: String, interval: Duration = .seconds(1),
        client: HTTPClient = .shared, logger: Logger
    ) {
        guard configuration.problem == nil, let url = configuration.url, let secret = configuration.secret else { return nil }
        self.outbox = outbox
        self.url = url
        self.secret = secret
        self.configuration = configuration
        self.baseURL = baseURL
        self.interval = interval
        self.client = client
        self.logger = logger
    }

    /// Delivers until shutdown; a delivery in flight then is tried again at the next start.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await deliverDue()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One round: new held submissions become deliveries, then every due delivery is attempted.
    func deliverDue() async {
        let baseURL = baseURL
        do {
            _ = try await outbox.enqueueHeldSubmissions(at: Date(), limit: 1_000) { try WebhookPayload($0, baseURL: baseURL).json() }
            for delivery in try await outbox.dueWebhookDeliveries(at: Date(), limit: 100) where !Task.isCancelled {
                try await attempt(delivery)
            }
        } catch {
            logger.error("webhook: the outbox could not be read or updated: \(error)")
        }
    }

    private func attempt(_ delivery: WebhookDelivery) async throws {
        let failure: String
        do {
            let status = try await send(delivery)
            if (200..<300).contains(status) {
                try await outbox.markWebhookDelivered(id: delivery.id)
                logger.debug("webhook: \(host) took delivery \(delivery.id)")
                return
            }
            failure = "answered \(status)"
        } catch {
            failure = "\(error)"
        }
        let attempts = delivery.attempts + 1
        guard attempts < configuration.maxAttempts else {
            try await outbox.markWebhookFailed(id: delivery.id, error: failure, retryAt: nil)
            logger.error("webhook: gave up delivery \(delivery.id) to \(host) after \(attempts) attempts: \(failure)")
            return
        }
        let wait = Self.retryDelay(afterAttempts: attempts, first: configuration.firstRetrySeconds, maximum: configuration.maximumRetrySeconds)
        try await outbox.markWebhookFailed(id: delivery.id, error: failure, retryAt: Date().addingTimeInterval(wait))
        logger.warning("webhook: delivery \(delivery.id) to \(host) failed (attempt \(attempts)): \(failure); next in \(Int(wait.rounded())) s")
    }

    /// The wait after `attempts` failures: `first` doubled for each failure after the first, at
    /// most `maximum`, then scaled by a random factor from 0.5 to 1 ("equal jitter").
    static func retryDelay(afterAttempts attempts: Int, first: Int, maximum: Int, jitter: Double = Double.random(in: 0.5...1)) -> Double {
        let doubled = Double(first) * pow(2, Double(min(max(attempts - 1, 0), 30)))
        return min(doubled, Double(maximum)) * jitter
    }

    private func send(_ delivery: WebhookDelivery) async throws -> UInt {
        let body = Data(delivery.payload.utf8)
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Stempel (webhook)")
        request.headers.add(name: "X-Stempel-Event", value: "submission.held")
        request.headers.add(name: "X-Stempel-Delivery", value: String(delivery.id))
        request.headers.add(name: WebhookSignature.headerName, value: WebhookSignature.value(for: body, secret: secret))
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .seconds(Int64(configuration.timeoutSeconds)))
        // The receiver's answer is not read, only its status; drain at most a little of it.
        _ = try? await response.body.collect(upTo: 64 * 1_024)
        return response.status.code
    }

    private var host: String { URL(string: url)?.host ?? "the webhook" }
}
