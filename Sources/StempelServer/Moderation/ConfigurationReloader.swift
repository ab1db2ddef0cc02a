import CoreMetrics
import Logging
import Moderation
import ServiceLifecycle
import UnixSignals

/// Reloads the rules and the policy from the configuration file on SIGHUP, without dropping
/// requests. A file that does not load keeps the running configuration and logs why.
///
/// Only `policy` and `rules` are reloaded; the address, the database and limits need a restart.
/// `stempel_configuration_reloads_total{outcome="reloaded"|"refused"}` counts the attempts, so
/// an operator can alert on a file that no longer loads.
public struct ConfigurationReloader: Service {
    let path: String
    let registry: RuleRegistry
    let holder: EngineHolder
    let logger: Logger
    let reloaded: Counter
    let refused: Counter

    /// Creates a reloader for the file at `path`.
    public init(
        path: String, registry: RuleRegistry, holder: EngineHolder, logger: Logger, metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.path = path
        self.registry = registry
        self.holder = holder
        self.logger = logger
        let label = "stempel_configuration_reloads_total"
        reloaded = Counter(label: label, dimensions: [("outcome", "reloaded")], factory: metricsFactory)
        refused = Counter(label: label, dimensions: [("outcome", "refused")], factory: metricsFactory)
    }

    public func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            reload()
        }
    }

    /// Reads the file and swaps the engine in; returns whether it did.
    @discardableResult
    public func reload() -> Bool {
        do {
            let configuration = try StempelConfiguration.load(fromFile: path)
            let engine: ModerationEngine
            do {
                engine = try ModerationEngine(configuration: configuration.moderation, registry: registry, logger: logger)
            } catch let error as ModerationSetupError {
                throw ConfigurationError(file: path, message: error.description)
            }
            holder.replace(with: engine)
            reloaded.increment()
            logger.notice("configuration reloaded", metadata: ["file": "\(path)", "rules": "\(engine.rules.map(\.identifier))"])
            return true
        } catch {
            refused.increment()
            logger.error("configuration not reloaded; keeping the running one", metadata: ["error": "\(error)"])
            return false
        }
    }
}
