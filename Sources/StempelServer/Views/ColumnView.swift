import Foundation
import Storage

/// A column as the API lists it.
struct ColumnView: Encodable {
    var slug: String
    var title: String
    var author: String
    var link: String?
    var summary: String?
    var tags: [String]
    var published: Date
    var updated: Date
    var commentCount: Int
    var contentHTML: String?
    var comments: [CommentView]?

    enum CodingKeys: String, CodingKey {
        case slug, title, author, link, summary, tags, published, updated, comments
        case commentCount = "comment_count"
        case contentHTML = "content_html"
    }

    /// The list entry; `comments` adds the body and the approved thread.
    init(_ summary: ColumnSummary, comments: [StoredComment]? = nil) {
        let column = summary.column
        slug = column.slug
        title = column.title
        author = column.author
        link = column.link
        self.summary = column.summary
        tags = column.tags
        published = column.publishedAt
        updated = column.updatedAt
        commentCount = summary.approvedCommentCount
        if let comments {
            contentHTML = column.contentHTML
            self.comments = comments.map(CommentView.init)
        }
    }
}

/// The column list wrapped in an object, so fields (paging) can be added later.
struct ColumnListView: Encodable {
    var columns: [ColumnView]
}
