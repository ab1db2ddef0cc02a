/// A site's moderation settings: the policy and each rule's settings, keyed by rule identifier.
public struct ModerationConfiguration: Sendable, Hashable, Codable {
    /// Thresholds that turn scores into a status.
    public var policy: ModerationPolicy
    /// Settings per rule identifier; rules not named here run with their defaults.
    public var rules: [String: RuleSettings]

    /// Creates a configuration; by default every rule runs on its defaults.
    public init(policy: ModerationPolicy = ModerationPolicy(), rules: [String: RuleSettings] = [:]) {
        self.policy = policy
        self.rules = rules
    }
}
