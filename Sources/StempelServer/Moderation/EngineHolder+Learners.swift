import Moderation
import ModerationKit
import Storage

extension EngineHolder {
    /// The current engine's learning rules as the store needs them, so that a decision and what
    /// it teaches commit together.
    var learners: [Learner] {
        current.rules.compactMap { configured -> Learner? in
            guard let learner = configured.rule as? any LearningRule else { return nil }
            return Learner(rule: configured.identifier) { learner.features(of: $0) }
        }
    }
}
