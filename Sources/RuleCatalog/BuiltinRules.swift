import LinkLimitRule
import Moderation
import ShortLinkRule
import ShoutingRule

/// The rule modules shipped in `Plugins/`, as one registry.
///
/// Adding a rule module: add its folder name to `ruleModules` in `Package.swift` and its
/// factory here.
public enum BuiltinRules {
    /// Every built-in rule, in the order their findings are listed.
    public static let registry = RuleRegistry([
        RuleFactory(ShoutingDetector.self),
        RuleFactory(LinkLimiter.self),
        RuleFactory(ShortLinkDetector.self),
    ])
}
