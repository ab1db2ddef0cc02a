import Foundation

/// Instants written the way Stempel's feeds write them, for the pages beside the feeds.
public enum Timestamp {
    /// RFC 3339 in UTC, whole seconds: `2026-11-27T10:15:00Z`.
    public static func rfc3339(_ date: Date) -> String {
        RFC3339.string(from: date)
    }
}
