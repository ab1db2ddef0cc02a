import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, in order, repeated names kept
/// (the queue's checkboxes all send `id`).
struct FormFields: Sendable {
    private let pairs: [(name: String, value: String)]

    /// Parses form text; a pair that cannot be percent-decoded is dropped.
    init(_ text: String) {
        pairs = text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decode(parts[0]), let value = decode(parts.count == 2 ? parts[1] : "") else { return nil }
            return (name, value)
        }
    }

    /// Reads a form body of at most `limit` bytes; any other content type is a bad request.
    static func read(_ request: Request, limit: Int) async throws -> FormFields {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/x-www-form-urlencoded" else { throw WebError(.badRequest, message: .formMalformed) }
        do {
            return FormFields(String(buffer: try await request.body.collect(upTo: limit)))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WebError(.contentTooLarge, message: .formTooLarge)
        }
    }

    /// The first value of a field.
    subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value of a field.
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }
}
