import ArgumentParser
import Logging
import Moderation
import RuleCatalog

/// `stempel rules`: lists the rule modules and whether the configuration enables them.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule modules and their settings.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let configuration = try common.configuration()
        let moderation = configuration.moderation
        _ = try common.engine(for: configuration, logger: Logger(label: "stempel"))
        for factory in BuiltinRules.registry.factories {
            let settings = moderation.rules[factory.identifier] ?? RuleSettings()
            let enabled = settings.enabled ?? factory.enabledByDefault
            print(
                "\(factory.identifier)\t\(enabled ? "on" : "off")\tweight \(settings.weight)\t\(settings.timeoutMilliseconds) ms\t\(factory.summary)")
        }
        print("policy: hold at \(moderation.policy.holdAt), reject at \(moderation.policy.rejectAt)")
    }
}
