import Foundation
import Moderation
import Storage

/// A held comment as moderators see it: everything, findings included.
struct QueueItemView: Encodable {
    struct Author: Encodable {
        var name: String
        var email: String?
        var url: String?
    }

    var id: String
    var column: String
    var author: Author
    var body: String
    var status: String
    var score: Double
    var findings: [RuleFinding]
    var created: Date
    var clientAddress: String?

    enum CodingKeys: String, CodingKey {
        case id, column, author, body, status, score, findings, created
        case clientAddress = "client_address"
    }

    init(_ comment: StoredComment) {
        let submission = comment.submission
        id = comment.id
        column = comment.columnSlug
        author = Author(name: submission.author.name, email: submission.author.email, url: submission.author.url)
        body = submission.body
        status = comment.status.rawValue
        score = comment.totalScore
        findings = comment.findings
        created = comment.createdAt
        clientAddress = submission.clientAddress
    }
}

/// One page of the queue.
struct QueuePageView: Encodable {
    var items: [QueueItemView]
    var next: String?
}

/// The outcome of one decision.
struct DecisionView: Encodable {
    var id: String
    var outcome: String
    var status: String?
    var decidedBy: String?

    enum CodingKeys: String, CodingKey {
        case id, outcome, status
        case decidedBy = "decided_by"
    }

    init(id: String, _ result: DecisionResult) {
        self.id = id
        switch result {
        case .decided(let comment): (outcome, status) = ("decided", comment.status.rawValue)
        case .unchanged(let comment): (outcome, status) = ("unchanged", comment.status.rawValue)
        case .conflict(let comment, let last):
            (outcome, status) = ("conflict", comment.status.rawValue)
            decidedBy = last?.actor
        case .notFound: outcome = "not-found"
        }
    }
}
