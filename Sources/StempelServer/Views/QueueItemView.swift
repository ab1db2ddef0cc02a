import Foundation
import Moderation
import Storage

/// A held item as moderators see it: a comment with everything, findings included, or a column
/// from a moderated source with its title, source, a summary and the rules' findings and score
/// (`kind` says which).
struct QueueItemView: Encodable {
    struct Author: Encodable {
        var name: String
        var email: String?
        var url: String?
    }

    /// Where a held column came from.
    struct SourceRef: Encodable {
        var id: Int64?
        var name: String?
        var url: String?
    }

    var id: String
    var kind: String
    var column: String
    var author: Author
    var body: String?
    var status: String
    var score: Double?
    var findings: [RuleFinding]?
    var created: Date
    var clientAddress: String?
    var title: String?
    var summary: String?
    var link: String?
    var source: SourceRef?

    enum CodingKeys: String, CodingKey {
        case id, kind, column, author, body, status, score, findings, created, title, summary, link, source
        case clientAddress = "client_address"
    }

    init(_ item: QueueItem) {
        switch item {
        case .comment(let comment): self.init(comment)
        case .column(let column): self.init(column)
        }
    }

    init(_ column: HeldColumn) {
        id = column.id
        kind = QueueItemKind.column.rawValue
        self.column = column.slug
        author = Author(name: column.author)
        status = column.status.rawValue
        created = column.createdAt
        title = column.title
        summary = column.summary
        link = column.link
        source = SourceRef(id: column.sourceID, name: column.sourceName, url: column.sourceURL)
        // A column the rules never judged (stored before they kept findings) has neither.
        score = column.totalScore
        findings = column.totalScore == nil ? nil : column.findings
    }

    init(_ comment: StoredComment) {
        let submission = comment.submission
        id = comment.id
        kind = QueueItemKind.comment.rawValue
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

    init(id: String, _ result: ColumnDecisionResult) {
        self.id = id
        switch result {
        case .decided(let column): (outcome, status) = ("decided", column.status.rawValue)
        case .unchanged(let column): (outcome, status) = ("unchanged", column.status.rawValue)
        case .conflict(let column): (outcome, status) = ("conflict", column.status.rawValue)
        case .notFound: outcome = "not-found"
        }
    }
}
