/// How one site runs one rule: whether it is on, how much its score counts, its deadline and
/// its options.
public struct RuleSettings: Sendable, Hashable, Codable {
    /// Whether the rule runs. Default: the rule's own default (see ``RuleFactory/enabledByDefault``).
    public var enabled: Bool?
    /// What each finding's score is multiplied by. Default 1; 0 keeps a rule's reasons without
    /// letting it count.
    public var weight: Double
    /// How long the rule may take, in milliseconds, before the submission is held. Default:
    /// the configuration's ``ModerationConfiguration/ruleTimeoutMilliseconds`` (100).
    public var timeoutMilliseconds: Int?
    /// The rule's options, decoded by the rule itself. Default: none, so the rule's defaults.
    public var options: ConfigValue?

    /// Creates settings; every argument has the documented default.
    public init(enabled: Bool? = nil, weight: Double = 1, timeoutMilliseconds: Int? = nil, options: ConfigValue? = nil) {
        self.enabled = enabled
        self.weight = weight
        self.timeoutMilliseconds = timeoutMilliseconds
        self.options = options
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled, weight, options
        case timeoutMilliseconds = "timeout_ms"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = RuleSettings()
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? defaults.weight
        timeoutMilliseconds = try container.decodeIfPresent(Int.self, forKey: .timeoutMilliseconds)
        options = try container.decodeIfPresent(ConfigValue.self, forKey: .options)
        guard weight.isFinite else {
            throw DecodingError.dataCorruptedError(forKey: .weight, in: container, debugDescription: "weight must be a finite number")
        }
        guard timeoutMilliseconds.map({ (1...60_000).contains($0) }) ?? true else {
            throw DecodingError.dataCorruptedError(
                forKey: .timeoutMilliseconds,
                in: container,
                debugDescription: "timeout_ms must be between 1 and 60000"
            )
        }
    }
}
