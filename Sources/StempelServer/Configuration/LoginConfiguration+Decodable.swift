import Moderation

extension LoginConfiguration: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxFailuresPerAccount = "max_failures_per_account"
        case maxFailuresPerAddress = "max_failures_per_address"
        case lockoutSeconds = "lockout_seconds"
        case sessionHours = "session_hours"
    }

    /// Reads the `login` section; keys it does not mention keep their defaults, unknown keys are errors.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        func positive(_ key: CodingKeys, _ current: Int) throws -> Int {
            let value = try container.decodeIfPresent(Int.self, forKey: key) ?? current
            guard value > 0 else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "must be a positive number")
            }
            return value
        }
        maxFailuresPerAccount = try positive(.maxFailuresPerAccount, maxFailuresPerAccount)
        maxFailuresPerAddress = try positive(.maxFailuresPerAddress, maxFailuresPerAddress)
        lockoutSeconds = try positive(.lockoutSeconds, lockoutSeconds)
        sessionHours = try positive(.sessionHours, sessionHours)
    }
}
