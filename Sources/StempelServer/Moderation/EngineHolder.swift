import Moderation
import Synchronization

/// The moderation engine in use, replaceable while requests run (a configuration reload).
///
/// A request takes the engine once and judges with it, so a reload never mixes two
/// configurations in one verdict.
public final class EngineHolder: Sendable {
    private let state: Mutex<ModerationEngine>

    /// Holds `engine` until it is replaced.
    public init(_ engine: ModerationEngine) {
        state = Mutex(engine)
    }

    /// The engine to judge with now.
    public var current: ModerationEngine {
        state.withLock { $0 }
    }

    /// Puts a new engine in place for every request that starts from now on.
    public func replace(with engine: ModerationEngine) {
        state.withLock { $0 = engine }
    }
}
