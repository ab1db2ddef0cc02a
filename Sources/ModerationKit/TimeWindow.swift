/// A length of time as a site writes it in a rule's options: `"90s"`, `"10m"`, `"1h"`, `"2d"`, or
/// a plain number of seconds. Encoded in the largest unit up to hours that divides it exactly
/// (`"10m"`, `"24h"`, `"48h"`): sites think of a day of comments as 24 hours.
///
/// For rule options that are windows of history, as the flood and duplicate rules have:
///
/// ```swift
/// window = try container.decodeIfPresent(TimeWindow.self, forKey: .window)?.duration ?? window
/// ```
public struct TimeWindow: Codable, Hashable, Sendable {
    /// The length of time.
    public var duration: Duration

    /// A window of `duration`.
    public init(_ duration: Duration) {
        self.duration = duration
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Double.self) {
            // Whole seconds: reasons speak in seconds at the finest.
            guard seconds >= 0, seconds <= 1e9, seconds.rounded() == seconds else { throw Self.error(in: container, "\(seconds)") }
            duration = .seconds(Int64(seconds))
            return
        }
        let text = try container.decode(String.self)
        guard let duration = Self.parse(text) else { throw Self.error(in: container, "'\(text)'") }
        self.duration = duration
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The window as configuration writes it: `"10m"`, `"24h"`.
    public var text: String {
        let seconds = duration.components.seconds
        for (unit, length) in [("h", 3_600), ("m", 60)] as [(String, Int64)] where seconds % length == 0 && seconds >= length {
            return "\(seconds / length)\(unit)"
        }
        return "\(seconds)s"
    }

    /// The window in words for reasons: `"10 minutes"`, `"hour"`, `"24 hours"`.
    public var words: String {
        let seconds = duration.components.seconds
        for (name, length) in Self.wordUnits where seconds % length == 0 && seconds >= length {
            let count = seconds / length
            return count == 1 ? name : "\(count) \(name)s"
        }
        return seconds == 1 ? "second" : "\(seconds) seconds"
    }

    private static let units: [(String, Int64)] = [("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)]
    private static let wordUnits: [(String, Int64)] = [("day", 86_400), ("hour", 3_600), ("minute", 60)]

    private static func parse(_ text: String) -> Duration? {
        let trimmed = text.filter { !$0.isWhitespace }.lowercased()
        guard let unit = trimmed.last, let length = units.first(where: { $0.0 == String(unit) })?.1 else { return nil }
        guard let count = Int64(trimmed.dropLast()), count >= 0, count <= 1_000_000 else { return nil }
        return .seconds(count * length)
    }

    private static func error(in container: any SingleValueDecodingContainer, _ value: String) -> DecodingError {
        let expected = "a length of time such as \"10m\", \"1h\" or \"24h\" (or whole seconds)"
        return .dataCorruptedError(in: container, debugDescription: "expected \(expected), not \(value)")
    }
}

extension TimeWindow: CustomStringConvertible {
    /// The window as configuration writes it, for error messages.
    public var description: String { "\"\(text)\"" }
}
