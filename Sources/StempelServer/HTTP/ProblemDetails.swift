import Foundation
import Hummingbird

/// An RFC 9457 problem document, thrown as an error and answered as `application/problem+json`.
///
/// ```swift
/// throw ProblemDetails(.notFound, title: "Unknown column", detail: "There is no column 'x'.")
/// ```
public struct ProblemDetails: Error, HTTPResponseError, Codable, Sendable, Equatable {
    /// A URI naming the kind of problem; `about:blank` when the status says it all.
    public var type: String
    /// A short summary of the kind of problem.
    public var title: String
    /// The HTTP status code.
    public var statusCode: Int
    /// What went wrong this time, in words a person understands.
    public var detail: String?
    /// For validation problems: each invalid field and why.
    public var errors: [FieldError]?

    /// One invalid field of a request.
    public struct FieldError: Codable, Sendable, Equatable {
        /// The field's name or JSON pointer (`author.name`).
        public var field: String
        /// Why it is invalid.
        public var message: String

        /// Creates a field error.
        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    /// Creates a problem with a status.
    public init(_ status: HTTPResponse.Status, type: String = "about:blank", title: String? = nil, detail: String? = nil, errors: [FieldError]? = nil)
    {
        self.type = type
        self.title = title ?? status.reasonPhrase
        self.statusCode = status.code
        self.detail = detail
        self.errors = errors
    }

    enum CodingKeys: String, CodingKey {
        case type, title, detail, errors
        case statusCode = "status"
    }

    public var status: HTTPResponse.Status { .init(code: statusCode) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        let body = (try? JSONEncoder.api.encode(self)) ?? Data(#"{"title":"Internal Server Error","status":500}"#.utf8)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension ProblemDetails {
    /// 404 for a column that does not exist.
    static func unknownColumn(_ slug: String) -> ProblemDetails {
        ProblemDetails(.notFound, title: "Unknown column", detail: "There is no column with the slug '\(slug)'.")
    }

    /// 422 for a request whose fields are present but not acceptable.
    static func invalidFields(_ errors: [FieldError]) -> ProblemDetails {
        let summary = errors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        return ProblemDetails(.unprocessableContent, title: "The comment cannot be accepted", detail: summary, errors: errors)
    }
}
