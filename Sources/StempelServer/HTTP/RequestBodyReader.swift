import Foundation
import Hummingbird
import ModerationKit

/// Reads a comment from a JSON or HTML form body, answering problems for what cannot be read.
struct RequestBodyReader: Sendable {
    /// The most bytes read; more answers 413.
    let limit: Int

    func commentForm(from request: Request) async throws -> (CommentForm, Submission.Source) {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        switch mediaType {
        case "application/json":
            let data = Data(buffer: try await request.body.collect(upTo: limit))
            return (try decodeJSON(data).form, .api)
        case "application/x-www-form-urlencoded":
            let buffer = try await request.body.collect(upTo: limit)
            let text = String(buffer: buffer)
            do {
                return (try URLEncodedFormDecoder().decode(CommentFormFields.self, from: text).form, .form)
            } catch {
                throw ProblemDetails(.badRequest, title: "Malformed form data", detail: "The form body could not be read: \(error).")
            }
        default:
            throw ProblemDetails(
                .unsupportedMediaType,
                detail: "Send the comment as application/json or application/x-www-form-urlencoded"
                    + (mediaType.map { ", not \($0)." } ?? "; the request had no Content-Type.")
            )
        }
    }

    private func decodeJSON(_ data: Data) throws -> CommentPayload {
        do {
            return try JSONDecoder().decode(CommentPayload.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw ProblemDetails(.badRequest, title: "Malformed JSON", detail: "The request body is not valid JSON.")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw ProblemDetails(.badRequest, title: "Malformed JSON", detail: "The request body must be a JSON object.")
        } catch let error as DecodingError {
            let field: String =
                switch error {
                case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                    context.codingPath.map(\.stringValue).joined(separator: ".")
                case .keyNotFound(let key, let context):
                    (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
                @unknown default:
                    "body"
                }
            throw ProblemDetails.invalidFields([.init(field: field, message: "must be a string")])
        }
    }
}
