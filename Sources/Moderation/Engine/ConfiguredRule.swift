import ModerationKit

/// A rule built for a site, with the weight and deadline it runs under.
public struct ConfiguredRule: Sendable {
    /// The rule's identifier.
    public let identifier: String
    /// What its findings' scores are multiplied by.
    public let weight: Double
    /// How long it may take.
    public let timeout: Duration
    /// The rule itself.
    public let rule: any ModerationRule

    /// Creates a configured rule.
    public init(identifier: String, weight: Double = 1, timeout: Duration = .milliseconds(100), rule: any ModerationRule) {
        self.identifier = identifier
        self.weight = weight
        self.timeout = timeout
        self.rule = rule
    }
}
