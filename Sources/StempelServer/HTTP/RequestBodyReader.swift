import Foundation
import Hummingbird
import ModerationKit

/// Reads a comment from a JSON or HTML form body, answering problems for what cannot be read.
struct RequestBodyReader: Sendable {
    /// The most bytes read; more answers 413.
    let limit: Int
    /// How long the whole body may take to arrive; longer answers 408, so that a client sending
    /// a byte at a time cannot hold a request handler.
    var deadline: Duration = .seconds(10)

    /// The body, at most ``limit`` bytes, within ``deadline``.
    func collect(_ request: Request) async throws -> ByteBuffer {
        let body = request.body
        let limit = limit
        let deadline = deadline
        return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: deadline)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw ProblemDetails(
                    .requestTimeout, title: "Request body too slow",
                    detail: "The request body did not arrive within \(deadline.components.seconds) seconds.")
            }
            return buffer
        }
    }

    func commentForm(from request: Request) async throws -> (CommentForm, Submission.Source) {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        switch mediaType {
        case "application/json":
            let data = Data(buffer: try await collect(request))
            let payload: CommentPayload = try decodeJSON(data)
            return (payload.form, .api)
        case "application/x-www-form-urlencoded":
            let buffer = try await collect(request)
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

    /// Reads a JSON body of type `T`; 415 for another media type, 400 for malformed JSON, 422
    /// naming the field for a field of the wrong type.
    func json<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/json" else {
            throw ProblemDetails(.unsupportedMediaType, detail: "Send application/json.")
        }
        return try decodeJSON(Data(buffer: try await collect(request)))
    }

    private func decodeJSON<T: Decodable>(_ data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
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
            let message: String =
                switch error {
                case .keyNotFound: "is required"
                case .dataCorrupted(let context): context.debugDescription
                default: "has the wrong type"
                }
            throw ProblemDetails.invalidFields([.init(field: field, message: message)])
        }
    }
}
