import Foundation
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
    /// The rule's options with every default, as configuration would write them.
    public let defaultOptions: ConfigValue?
    private let build: @Sendable (ConfigValue?) throws -> any ModerationRule

    /// A factory for `Rule`, decoding its options from configuration.
    public init<Rule: ModerationRule>(_ rule: Rule.Type, enabledByDefault: Bool = true) {
        identifier = Rule.identifier
        summary = Rule.summary
        self.enabledByDefault = enabledByDefault
        defaultOptions = try? JSONDecoder().decode(ConfigValue.self, from: JSONEncoder().encode(Rule.Options()))
        build = { options in
            guard let options else { return Rule(options: Rule.Options()) }
            let decoded = try options.decode(Rule.Options.self)
            try Self.rejectUnknownKeys(in: options, decoded: decoded)
            return Rule(options: decoded)
        }
    }

    /// Throws when the configuration sets an option the rule does not have, so that a typo
    /// (`capitalshare`) is reported instead of silently falling back to the default.
    ///
    /// The rule's keys are the ones its options encode; keys set to `null` are not checked.
    private static func rejectUnknownKeys<Options: RuleOptions>(in given: ConfigValue, decoded: Options) throws {
        guard case .object(let values) = given,
            case .object(let known) = try JSONDecoder().decode(ConfigValue.self, from: JSONEncoder().encode(decoded))
        else { return }
        let unknown = values.filter { $0.value != .null && known[$0.key] == nil }.keys.sorted()
        guard let first = unknown.first else { return }
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: [AnyCodingKey(stringValue: first)],
                debugDescription: "unknown option '\(first)' (expected one of: \(known.keys.sorted().joined(separator: ", ")))"
            )
        )
    }

    /// Builds the rule; throws a `DecodingError` when the options do not fit.
    public func makeRule(options: ConfigValue?) throws -> any ModerationRule {
        try build(options)
    }
}
