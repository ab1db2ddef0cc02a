import Foundation
import Storage

/// A comment's public view: no email, no address, no findings.
struct CommentView: Encodable {
    var id: String
    var column: String
    var author: String
    var authorURL: String?
    var body: String
    var status: String
    var created: Date

    enum CodingKeys: String, CodingKey {
        case id, column, author, body, status, created
        case authorURL = "author_url"
    }

    init(_ comment: StoredComment) {
        id = comment.id
        column = comment.columnSlug
        author = comment.submission.author.name
        // Only approved comments link to their author's site: a held spam comment's link stays dark.
        authorURL = comment.status == .approved ? comment.submission.author.url : nil
        body = comment.submission.body
        status = comment.status.rawValue
        created = comment.createdAt
    }
}

/// The answer to a new comment: its id and status.
struct CreatedCommentView: Encodable {
    var id: String
    var status: String
}
