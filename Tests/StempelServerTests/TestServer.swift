import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Moderation
import Prometheus
import RuleCatalog
import StempelServer
import Storage

/// An application on a store with two columns and the built-in rules: an in-memory SQLite store
/// unless given one (`ServerBackend` gives each test a store of each kind).
struct TestServer {
    let store: any StempelStore & SourceStore & WebhookOutbox
    let application: StempelApplication
    let metrics = PrometheusCollectorRegistry()

    static let columns = [
        StoredColumn(
            slug: "de-bakker-op-de-hoek",
            sourceID: "tag:stempel.test,2026-03-01:column/de-bakker-op-de-hoek",
            title: "De bakker op de hoek",
            author: "Marieke",
            contentHTML: "<p>Hij wist mijn naam.</p>",
            link: "https://columns.example.nl/columns/de-bakker-op-de-hoek",
            tags: ["klantbeleving", "gastvrijheid"],
            publishedAt: Date(timeIntervalSince1970: 1_772_352_000),
            updatedAt: Date(timeIntervalSince1970: 1_772_352_000)
        ),
        StoredColumn(
            slug: "wachten-op-de-monteur",
            title: "Wachten op de monteur & de <planning>",
            author: "Joost",
            contentHTML: "<p>Drie keer gebeld.</p>",
            tags: ["klachten"],
            publishedAt: Date(timeIntervalSince1970: 1_775_000_000),
            updatedAt: Date(timeIntervalSince1970: 1_775_000_000)
        ),
    ]

    /// An application on `store` (default: a new in-memory SQLite database), with the test columns saved.
    init(store: (any StempelStore & SourceStore & WebhookOutbox)? = nil, configure: (inout StempelConfiguration) -> Void = { _ in }) async throws {
        var configuration = StempelConfiguration()
        configuration.site.authority = "stempel.test"
        configuration.site.baseURL = "https://stempel.test"
        configuration.site.redirectHosts = ["columns.example.nl"]
        // Tests run side by side on two cores: a rule's deadline is tested in ModerationTests,
        // here it must not turn a slow moment into a held comment.
        configuration.moderation.ruleTimeoutMilliseconds = 10_000
        // Tests post many comments from one (unknown) address; RateLimitTests turn limits on.
        configuration.rateLimits.enabled = false
        configure(&configuration)
        let store = try store ?? SQLiteStore.inMemory()
        self.store = store
        try await store.saveColumns(Self.columns)
        let engine = try ModerationEngine(
            configuration: configuration.moderation,
            registry: BuiltinRules.registry,
            metricsFactory: PrometheusMetricsFactory(registry: metrics)
        )
        var application = StempelApplication(configuration: configuration, store: store, engine: engine, metrics: metrics)
        // Accounts added through the web UI: a low bcrypt cost keeps the tests quick.
        application.credentials = Credentials(bcryptCost: 4)
        self.application = application
    }

    /// Adds an account and returns its bearer token.
    func addModerator(_ name: String, role: Moderator.Role = .moderator) async throws -> String {
        let token = Credentials.newToken()
        let moderator = Moderator(
            name: name, role: role, passwordHash: Credentials(bcryptCost: 4).hash(password: "geheim-wachtwoord"), createdAt: Date())
        try await store.addModerator(moderator, tokenHash: Credentials.tokenHash(token))
        return token
    }

    @discardableResult
    func test<Value: Sendable>(
        _ setup: TestingSetup = .router,
        logger: Logger = Logger(label: "test"),
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = Application(
            router: application.router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(application.configuration.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            logger: logger
        )
        return try await app.test(setup, body)
    }
}

extension TestResponse {
    /// The body decoded as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }

    var text: String { String(buffer: body) }
}

extension TestClientProtocol {
    /// Posts a JSON comment.
    func postComment(
        _ body: String,
        name: String = "Lezer",
        email: String = "lezer@example.nl",
        column: String = "de-bakker-op-de-hoek"
    ) async throws -> TestResponse {
        let payload = try JSONSerialization.data(withJSONObject: ["author": ["name": name, "email": email], "body": body])
        return try await execute(
            uri: "/api/v1/columns/\(column)/comments",
            method: .post,
            headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: payload)
        )
    }
}
