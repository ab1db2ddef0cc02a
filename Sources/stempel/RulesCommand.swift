import ArgumentParser
import Foundation
import Logging
import Moderation
import RuleCatalog

/// `stempel rules`: lists the rule modules, their options and whether the configuration enables them.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rule modules with their description, settings and options."
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print a complete configuration file instead: every rule with its options at their defaults.")
    var yaml = false

    func run() throws {
        if yaml {
            print(SampleConfiguration.yaml(registry: BuiltinRules.registry), terminator: "")
            return
        }
        let configuration = try common.configuration()
        let moderation = configuration.moderation
        _ = try common.engine(for: configuration, logger: Logger(label: "stempel"))
        for factory in BuiltinRules.registry.factories {
            let settings = moderation.rules[factory.identifier] ?? RuleSettings()
            let enabled = settings.enabled ?? factory.enabledByDefault
            print(
                "\(factory.identifier) (\(enabled ? "on" : "off"), weight \(settings.weight), \(moderation.timeoutMilliseconds(of: factory.identifier)) ms)"
            )
            print("  \(factory.summary)")
            if case .object(let defaults) = factory.defaultOptions, !defaults.isEmpty {
                let configured: [String: ConfigValue] =
                    if case .object(let values) = settings.options { values } else { [:] }
                for key in defaults.keys.sorted() {
                    let value = configured[key].map { "\(Self.text($0)) (default \(Self.text(defaults[key]!)))" } ?? Self.text(defaults[key]!)
                    print("  options.\(key): \(value)")
                }
            }
        }
        print("policy: hold at \(moderation.policy.holdAt), reject at \(moderation.policy.rejectAt)")
    }

    private static func text(_ value: ConfigValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "?"
    }
}
