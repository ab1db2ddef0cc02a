import Foundation

/// Why a fetch produced no feed, in words an operator can act on.
///
/// A struct with a private reason, so that reasons can be added without breaking callers.
public struct FetchError: Error, Hashable, CustomStringConvertible {
    private enum Reason: Hashable {
        case refused(String)
        case status(Int, retryAfter: TimeInterval?)
        case gone
        case tooLarge(Int)
        case timedOut(Double)
        case transport(String)
        case notAFeed(String)
    }

    private let reason: Reason

    /// The URL or its address is not allowed (SSRF guard, scheme, too many redirects).
    public static func refused(_ why: String) -> Self { Self(reason: .refused(why)) }
    /// The server answered with an error status; `retryAfter` is what its `Retry-After` asked for.
    public static func status(_ code: Int, retryAfter: TimeInterval? = nil) -> Self { Self(reason: .status(code, retryAfter: retryAfter)) }
    /// The server answered 410 Gone: the feed is no more.
    public static let gone = Self(reason: .gone)
    /// The response was larger than the cap.
    public static func tooLarge(limit: Int) -> Self { Self(reason: .tooLarge(limit)) }
    /// The whole response did not arrive in time.
    public static func timedOut(seconds: Double) -> Self { Self(reason: .timedOut(seconds)) }
    /// The connection failed or broke off (a truncated download ends here).
    public static func transport(_ detail: String) -> Self { Self(reason: .transport(detail)) }
    /// The response is not a feed (an HTML page, a wrong media type, a truncated document).
    public static func notAFeed(_ detail: String) -> Self { Self(reason: .notAFeed(detail)) }

    /// Whether the source should stop being polled.
    public var isGone: Bool { reason == .gone }

    /// Whether the connection failed or broke off (``transport(_:)``).
    var isTransport: Bool {
        if case .transport = reason { return true }
        return false
    }

    /// What the server's `Retry-After` asked for, in seconds.
    public var retryAfter: TimeInterval? {
        if case .status(_, let retryAfter) = reason { return retryAfter }
        return nil
    }

    /// The HTTP status, when the server answered with one.
    public var statusCode: Int? {
        switch reason {
        case .status(let code, _): code
        case .gone: 410
        default: nil
        }
    }

    public var description: String {
        switch reason {
        case .refused(let why): "refused: \(why)"
        case .status(let code, _): "HTTP \(code)"
        case .gone: "HTTP 410 Gone: the feed was removed; the source is disabled"
        case .tooLarge(let limit): "the response is larger than \(limit) bytes"
        case .timedOut(let seconds): "no complete response within \(Self.format(seconds)) s"
        case .transport(let detail): "connection failed: \(detail)"
        case .notAFeed(let detail): "not a feed: \(detail)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
