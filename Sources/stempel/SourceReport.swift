import Foundation
import Storage

/// One source as `stempel source list` prints it.
struct SourceReport {
    var source: Source

    var text: String {
        let state = source.state
        let formatter = ISO8601DateFormatter()
        func date(_ value: Date?, never: String) -> String { value.map { formatter.string(from: $0) } ?? never }
        var lines = [
            "\(source.id)  \(Self.printable(source.name))  <\(Self.printable(source.url))>",
            "    trust: \(source.trust.rawValue)\(source.isEnabled ? "" : "  DISABLED")"
                + (source.intervalSeconds.map { "  interval: \($0) s" } ?? "")
                + (source.columnSlug.map { "  comments on: \($0)" } ?? ""),
            "    last fetch: \(date(state.lastFetchAt, never: "never"))  status: \(Self.printable(state.lastStatus ?? "-"))",
            "    next poll: \(source.isEnabled ? date(state.nextPollAt, never: "now") : "never (disabled)")  entries seen: \(state.entriesSeen)"
                + (state.failureCount > 0 ? "  failures in a row: \(state.failureCount)" : ""),
        ]
        if let error = state.lastError { lines.append("    last error: \(Self.printable(error))") }
        return lines.joined(separator: "\n")
    }

    /// Text from a remote server (a feed's error, a redirect's URL) with control characters shown
    /// as `\u{…}`: an escape sequence must not reach the terminal that prints the list.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
