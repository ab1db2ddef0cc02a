import BlockedAuthorRule
import ColumnRelevanceRule
import DuplicateRule
import FirstTimeAuthorRule
import FloodRule
import LanguageRule
import LinkLimitRule
import Moderation
import PersonalDataRule
import ShortLinkRule
import ShoutingRule
import SpamClassifierRule
import WordListRule

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
        RuleFactory(WordListMatcher.self),
        RuleFactory(DuplicateDetector.self),
        RuleFactory(FloodGuard.self),
        RuleFactory(PersonalDataDetector.self),
        RuleFactory(LanguageDetector.self),
        RuleFactory(SpamClassifier.self),
        RuleFactory(ColumnRelevance.self),
        // Holds every first comment by design: opt-in, as WordPress's equivalent is.
        RuleFactory(FirstTimeAuthorCheck.self, enabledByDefault: false),
        // Finds nothing until a moderator blocks someone; its forced reject needs no score.
        RuleFactory(BlockedAuthorCheck.self),
    ])
}
