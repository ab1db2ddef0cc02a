/// A one-line, human description of a decoding error, naming the key path it happened at.
///
/// `DecodingError`'s own description is a debug dump; configuration errors must read like
/// `shouting.options.capitalShare: expected a number`.
public struct DecodingErrorDescription: CustomStringConvertible {
    private let error: any Error
    private let prefix: [String]

    /// Describes `error`, with `prefix` (such as `["rules", "shouting"]`) before its key path.
    public init(_ error: any Error, prefix: [String] = []) {
        self.error = error
        self.prefix = prefix
    }

    public var description: String {
        guard let error = error as? DecodingError else { return "\(self.error)" }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(Self.describe(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(Self.describe(type)), found nothing"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required key is missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private func path(_ codingPath: [any CodingKey]) -> String {
        let keys = prefix + codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return keys.isEmpty ? "(top level)" : keys.joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type, is Float.Type: "a number"
        case is String.Type: "a string"
        default: "a value of type \(type)"
        }
    }
}
