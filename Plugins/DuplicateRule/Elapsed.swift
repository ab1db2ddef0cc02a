import Foundation

/// How long ago an earlier comment arrived, in words for a reason: `"3 minutes ago"`.
struct Elapsed: CustomStringConvertible {
    private let seconds: Int

    init(from earlier: Date, to now: Date) {
        // A clock that ran behind makes a negative interval; call it now.
        seconds = max(0, Int(now.timeIntervalSince(earlier)))
    }

    var description: String {
        switch seconds {
        case ..<60: Self.count(seconds, "second")
        case ..<3_600: Self.count(seconds / 60, "minute")
        case ..<(48 * 3_600): Self.count(seconds / 3_600, "hour")
        default: Self.count(seconds / 86_400, "day")
        }
    }

    private static func count(_ count: Int, _ unit: String) -> String {
        count == 1 ? "1 \(unit) ago" : "\(count) \(unit)s ago"
    }
}
