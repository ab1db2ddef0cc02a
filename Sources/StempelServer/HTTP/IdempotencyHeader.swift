import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Storage

/// The `Idempotency-Key` request header (IETF httpapi draft): a client that retries a comment
/// after a timeout sends the same key, and gets the first answer instead of a second comment.
enum IdempotencyHeader {
    static let name = HTTPField.Name("Idempotency-Key")!

    /// The key of a request, scoped to its column, with a digest of the comment as sent; nil
    /// without the header.
    ///
    /// - Throws: a 400 problem when the key is empty, longer than 255 characters, or not printable ASCII.
    static func key(in request: Request, column: String, form: CommentForm) throws -> IdempotencyKey? {
        let values = request.headers[values: name]
        guard let value = values.first else { return nil }
        let key = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard values.count == 1, (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw ProblemDetails(
                .badRequest, title: "Invalid Idempotency-Key",
                detail: "Send one Idempotency-Key of 1 to 255 printable ASCII characters, such as a UUID.")
        }
        return IdempotencyKey(scope: column, key: key, fingerprint: fingerprint(of: form))
    }

    /// A digest of every field of the comment, separated so that no two forms share one.
    static func fingerprint(of form: CommentForm) -> String {
        let fields = [form.authorName, form.email, form.url, form.body, form.redirect].map { field in
            field.map { "\($0.utf8.count):\($0)" } ?? "-"
        }
        return SHA256.hash(data: Data(fields.joined(separator: "|").utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
