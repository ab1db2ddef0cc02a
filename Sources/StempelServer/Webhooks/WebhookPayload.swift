import Foundation
import Moderation
import Storage

/// The JSON body of the `submission.held` webhook (docs/api.md, "Webhooks").
///
/// The author's email address and the client's address stay out: the receiver (a chat channel,
/// say) needs to know that something waits and why, not personal data.
struct WebhookPayload: Encodable {
    /// A held comment (`kind` `comment`) or a held column from a moderated source (`kind`
    /// `column`, with `title`, `link` and the source; its `body` is the column's summary text).
    struct Submission: Encodable {
        var id: String
        var kind: String
        var column: String
        var title: String?
        var author: String
        var body: String
        var link: String?
        /// The rules' total score and findings (absent for a column they never judged).
        var score: Double?
        var findings: [RuleFinding]?
        var received: Date
        var source: String
        var sourceName: String?
        var sourceURL: String?

        enum CodingKeys: String, CodingKey {
            case id, kind, column, title, author, body, link, score, findings, received, source
            case sourceName = "source_name"
            case sourceURL = "source_url"
        }
    }

    var event = "submission.held"
    var submission: Submission
    /// The item's page in the moderation UI.
    var moderateURL: String

    enum CodingKeys: String, CodingKey {
        case event, submission
        case moderateURL = "moderate_url"
    }

    init(_ item: QueueItem, baseURL: String) {
        switch item {
        case .comment(let comment):
            submission = Submission(
                id: comment.id, kind: "comment", column: comment.columnSlug, author: comment.submission.author.name, body: comment.submission.body,
                score: comment.totalScore, findings: comment.findings, received: comment.createdAt, source: comment.submission.source.rawValue)
        case .column(let column):
            submission = Submission(
                id: column.id, kind: "column", column: column.slug, title: column.title, author: column.author, body: column.summary,
                link: column.link, score: column.totalScore, findings: column.totalScore == nil ? nil : column.findings, received: column.createdAt,
                source: "feed", sourceName: column.sourceName, sourceURL: column.sourceURL)
        }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        moderateURL = "\(base)/moderate/items/\(item.id)"
    }

    /// The body as sent, in the API's JSON style.
    func json() throws -> String {
        String(decoding: try JSONEncoder.api.encode(self), as: UTF8.self)
    }
}
