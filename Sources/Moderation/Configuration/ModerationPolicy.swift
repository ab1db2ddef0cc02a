import ModerationKit

/// Turns a submission's total score into a status.
///
/// A total at or above ``rejectAt`` rejects, at or above ``holdAt`` holds, and anything lower
/// approves. Forced actions from findings override the total (strictest wins), and a rule that
/// failed or ran out of time holds at least.
public struct ModerationPolicy: Sendable, Hashable, Codable {
    /// The total score from which a submission is held. Default 5.
    public var holdAt: Double
    /// The total score from which a submission is rejected. Default 10.
    public var rejectAt: Double

    /// Creates a policy with the documented defaults.
    public init(holdAt: Double = 5, rejectAt: Double = 10) {
        self.holdAt = holdAt
        self.rejectAt = rejectAt
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case holdAt = "hold_at"
        case rejectAt = "reject_at"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ModerationPolicy()
        holdAt = try container.decodeIfPresent(Double.self, forKey: .holdAt) ?? defaults.holdAt
        rejectAt = try container.decodeIfPresent(Double.self, forKey: .rejectAt) ?? defaults.rejectAt
        guard holdAt.isFinite, rejectAt.isFinite, holdAt <= rejectAt else {
            throw DecodingError.dataCorruptedError(
                forKey: .rejectAt,
                in: container,
                debugDescription: "reject_at (\(rejectAt)) must be a number no lower than hold_at (\(holdAt))"
            )
        }
    }

    /// The status for a total score and the strictest forced action, if any.
    public func status(total: Double, forcedAction: ForcedAction?) -> ModerationStatus {
        switch forcedAction {
        case .approve: return .approved
        case .hold: return .held
        case .reject: return .rejected
        case nil: break
        }
        if total >= rejectAt { return .rejected }
        if total >= holdAt { return .held }
        return .approved
    }
}
