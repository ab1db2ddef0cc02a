import Foundation
import Moderation

/// The JSON stored with a comment for its findings and rule runs: byte for byte what
/// `JSONEncoder` with sorted keys writes for them, written directly.
///
/// Why: a comment under the default rules stores ten rule runs and its findings; through
/// `JSONEncoder` (a boxed value tree, then a writer) that was about 5 % of the server's time
/// per comment under load.
enum VerdictJSON {
    /// A score or time that JSON cannot hold (an infinity or NaN), which `JSONEncoder` refuses too.
    struct NonFiniteNumber: Error, CustomStringConvertible {
        var value: Double
        var description: String { "\(value) cannot be stored as JSON" }
    }

    /// `[{"action":…,"reason":…,"rule":…,"score":…}]`, the action only when there is one.
    static func findings(_ findings: [RuleFinding]) throws -> String {
        try array(findings, bytesPerElement: 96) { finding, output in
            if let action = finding.action {
                output += "\"action\":"
                appendString(action.rawValue, to: &output)
                output += ","
            }
            output += "\"reason\":"
            appendString(finding.reason, to: &output)
            output += ",\"rule\":"
            appendString(finding.rule, to: &output)
            output += ",\"score\":"
            try appendNumber(finding.score, to: &output)
        }
    }

    /// `[{"milliseconds":…,"outcome":…,"rule":…}]`.
    static func runs(_ runs: [RuleRun]) throws -> String {
        try array(runs, bytesPerElement: 64) { run, output in
            output += "\"milliseconds\":"
            try appendNumber(run.milliseconds, to: &output)
            output += ",\"outcome\":"
            appendString(run.outcome.rawValue, to: &output)
            output += ",\"rule\":"
            appendString(run.rule, to: &output)
        }
    }

    /// `[{…},{…}]`, each object's members written by `members`.
    private static func array<Element>(
        _ elements: [Element], bytesPerElement: Int, members: (Element, inout String) throws -> Void
    ) throws -> String {
        var output = "["
        output.reserveCapacity(16 + elements.count * bytesPerElement)
        for (index, element) in elements.enumerated() {
            output += index > 0 ? ",{" : "{"
            try members(element, &output)
            output += "}"
        }
        return output + "]"
    }

    /// As `JSONEncoder` writes a `Double`: its shortest description, without a trailing `.0`.
    private static func appendNumber(_ value: Double, to output: inout String) throws {
        guard value.isFinite else { throw NonFiniteNumber(value: value) }
        let text = value.description
        output += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// As `JSONEncoder` escapes a string: quotes, backslashes, slashes and control characters.
    private static func appendString(_ value: String, to output: inout String) {
        output += "\""
        var plainStart = value.utf8.startIndex
        for index in value.utf8.indices {
            let byte = value.utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/") else { continue }
            output += value[plainStart..<index]
            output += escape(byte)
            plainStart = value.utf8.index(after: index)
        }
        output += value[plainStart...]
        output += "\""
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "/"): return "\\/"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
