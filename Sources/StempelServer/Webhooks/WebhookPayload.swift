import Foundation
import Moderation
import Storage

/// The JSON body of the `submission.held` webhook (docs/api.md, "Webhooks").
///
/// The author's email address and the client's address stay out: the receiver (a chat channel,
/// say) needs to know that something waits and why, not personal data.
struct WebhookPayload: Encodable {
    struct Submission: Encodable {
        var id: String
        var kind = "comment"
        var column: String
        var author: String
        var body: String
        var score: Double
        var findings: [RuleFinding]
        var received: Date
        var source: String
    }

    var event = "submission.held"
    var submission: Submission
    /// The item's page in the moderation UI.
    var moderateURL: String

    enum CodingKeys: String, CodingKey {
        case event, submission
        case moderateURL = "moderate_url"
    }

    init(_ comment: StoredComment, baseURL: String) {
        submission = Submission(
            id: comment.id, column: comment.columnSlug, author: comment.submission.author.name, body: comment.submission.body,
            score: comment.totalScore, findings: comment.findings, received: comment.createdAt, source: comment.submission.source.rawValue)
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        moderateURL = "\(base)/moderate/items/\(comment.id)"
    }

    /// The body as sent, in the API's JSON style.
    func json() throws -> String {
        String(decoding: try JSONEncoder.api.encode(self), as: UTF8.self)
    }
}
