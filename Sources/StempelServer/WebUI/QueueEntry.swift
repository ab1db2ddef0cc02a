import Foundation
import Storage

/// One item of the queue page: a held comment or a held column, exactly one of them set.
struct QueueEntry: Sendable {
    /// A held column from a moderated source, as the queue shows it. Plain text only: the
    /// templates escape it.
    struct ColumnCard: Sendable {
        var id: String
        var title: String
        var author: String
        var summary: String
        var link: String?
        var sourceName: String?
        var received: String
        var receivedMachine: String
        /// The rules' findings as reasons a person reads, and their total score.
        var score: String?
        var reasons: [CommentCard.Reason]
        var hasReasons: Bool

        init(_ column: HeldColumn, language: UILanguage) {
            id = column.id
            title = column.title
            author = column.author
            summary = column.summary
            link = column.link
            sourceName = column.sourceName
            received = WebDates.text(column.createdAt)
            receivedMachine = WebDates.machine(column.createdAt)
            score = column.totalScore.map(CommentCard.number)
            reasons = column.findings.map {
                CommentCard.Reason(
                    ruleName: UIText.ruleName($0.rule, language), rule: $0.rule, score: CommentCard.number($0.score), reason: $0.reason)
            }
            hasReasons = !reasons.isEmpty
        }
    }

    var comment: CommentCard?
    var column: ColumnCard?

    init(_ item: QueueItem, columnTitles: [String: String], language: UILanguage) {
        switch item {
        case .comment(let stored): comment = CommentCard(stored, columnTitle: columnTitles[stored.columnSlug], language: language)
        case .column(let held): column = ColumnCard(held, language: language)
        }
    }
}
