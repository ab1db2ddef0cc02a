import ModerationKit

extension BlockedAuthorCheck {
    /// How a site tunes the rule; `{}` is valid.
    ///
    /// ```yaml
    /// rules:
    ///   blocked-authors:
    ///     options:
    ///       action: hold
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// What happens to a blocked author's submission. Default ``Action/reject``; `hold`
        /// lets a moderator look at each one first.
        public var action = Action.reject

        /// The options with every default.
        public init() {}

        /// Decodes the options; a missing key keeps its default, an unknown action throws.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard let text = try container.decodeIfPresent(String.self, forKey: .action) else { return }
            guard let action = Action(rawValue: text) else {
                throw DecodingError.dataCorruptedError(forKey: .action, in: container, debugDescription: "expected reject or hold, not '\(text)'")
            }
            self.action = action
        }

        private enum CodingKeys: String, CodingKey {
            case action
        }
    }

    /// The forced action for a blocked author.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// Refuse the submission.
        case reject
        /// Keep it for a moderator.
        case hold

        var forcedAction: ForcedAction {
            switch self {
            case .reject: .reject
            case .hold: .hold
            }
        }
    }
}
