/// Why a site's moderation configuration could not be turned into an engine.
public struct ModerationSetupError: Error, CustomStringConvertible {
    private enum Reason {
        case unknownRule(String, known: [String])
        case invalidOptions(rule: String, underlying: any Error)
    }

    private let reason: Reason

    /// The configuration names a rule this build does not have.
    public static func unknownRule(_ identifier: String, known: [String]) -> Self {
        Self(reason: .unknownRule(identifier, known: known))
    }

    /// A rule's options could not be decoded.
    public static func invalidOptions(rule: String, underlying: any Error) -> Self {
        Self(reason: .invalidOptions(rule: rule, underlying: underlying))
    }

    public var description: String {
        switch reason {
        case .unknownRule(let identifier, let known):
            "rules.\(identifier): no such rule (known rules: \(known.joined(separator: ", ")))"
        case .invalidOptions(let rule, let underlying):
            "\(DecodingErrorDescription(underlying, prefix: ["rules", rule, "options"]))"
        }
    }
}
