import Foundation
import Moderation
import Storage

/// A comment as the queue and the item page show it. Every field is plain text: the templates
/// escape it, and none is ever rendered unescaped.
struct CommentCard: Sendable {
    /// One finding, as a reason a person reads.
    struct Reason: Sendable {
        var ruleName: String
        var rule: String
        var score: String
        var reason: String
    }

    var id: String
    var author: String
    var email: String?
    var url: String?
    var address: String?
    var columnTitle: String
    var columnSlug: String
    var body: String
    var received: String
    var receivedMachine: String
    var status: String
    var isHeld: Bool
    var score: String
    var reasons: [Reason]
    var hasReasons: Bool

    init(_ comment: StoredComment, columnTitle: String?, language: UILanguage) {
        let submission = comment.submission
        id = comment.id
        author = submission.author.name
        email = submission.author.email
        url = submission.author.url
        address = submission.clientAddress
        self.columnTitle = columnTitle ?? comment.columnSlug
        columnSlug = comment.columnSlug
        body = submission.body
        received = WebDates.text(comment.createdAt)
        receivedMachine = WebDates.machine(comment.createdAt)
        status = UIText.text("status_\(comment.status.rawValue)", language)
        isHeld = comment.status == .held
        score = Self.number(comment.totalScore)
        reasons = comment.findings.map {
            Reason(ruleName: UIText.ruleName($0.rule, language), rule: $0.rule, score: Self.number($0.score), reason: $0.reason)
        }
        hasReasons = !reasons.isEmpty
    }

    /// A score with at most one decimal and its sign: `+3`, `-1.5`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return rounded > 0 ? "+" + text : text
    }
}
