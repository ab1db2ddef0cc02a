/// A site's moderation settings: the policy and each rule's settings, keyed by rule identifier.
public struct ModerationConfiguration: Sendable, Hashable, Codable {
    /// Thresholds that turn scores into a status.
    public var policy: ModerationPolicy
    /// Settings per rule identifier; rules not named here run with their defaults.
    public var rules: [String: RuleSettings]
    /// The deadline of every rule that sets no `timeout_ms` of its own. Default 100 ms.
    public var ruleTimeoutMilliseconds: Int

    /// Creates a configuration; by default every rule runs on its defaults.
    public init(policy: ModerationPolicy = ModerationPolicy(), rules: [String: RuleSettings] = [:], ruleTimeoutMilliseconds: Int = 100) {
        self.policy = policy
        self.rules = rules
        self.ruleTimeoutMilliseconds = ruleTimeoutMilliseconds
    }

    /// The deadline a rule runs under.
    public func timeoutMilliseconds(of rule: String) -> Int {
        rules[rule]?.timeoutMilliseconds ?? ruleTimeoutMilliseconds
    }
}
