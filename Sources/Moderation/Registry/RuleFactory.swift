import ModerationKit

/// Builds one kind of rule from its configured options, without knowing its type statically.
///
/// ```swift
/// let registry = RuleRegistry([RuleFactory(ShoutingDetector.self)])
/// ```
public struct RuleFactory: Sendable {
    /// The rule's stable identifier.
    public let identifier: String
    /// The rule's one-line description.
    public let summary: String
    /// Whether the rule runs when the configuration does not mention it.
    public let enabledByDefault: Bool
    private let build: @Sendable (ConfigValue?) throws -> any ModerationRule

    /// A factory for `Rule`, decoding its options from configuration.
    public init<Rule: ModerationRule>(_ rule: Rule.Type, enabledByDefault: Bool = true) {
        identifier = Rule.identifier
        summary = Rule.summary
        self.enabledByDefault = enabledByDefault
        build = { options in
            Rule(options: try options.map { try $0.decode(Rule.Options.self) } ?? Rule.Options())
        }
    }

    /// Builds the rule; throws a `DecodingError` when the options do not fit.
    public func makeRule(options: ConfigValue?) throws -> any ModerationRule {
        try build(options)
    }
}
