/// Where a submission stands: published, waiting for a moderator, or refused.
public enum ModerationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Published in the column's thread and the feeds.
    case approved
    /// Waiting in the moderation queue.
    case held
    /// Refused; never published.
    case rejected
}
