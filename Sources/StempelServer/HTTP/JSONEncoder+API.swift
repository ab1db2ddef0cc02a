import Foundation

extension JSONEncoder {
    /// The API's JSON style: ISO 8601 dates, sorted keys, unescaped slashes.
    static let api: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
