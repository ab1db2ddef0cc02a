import Foundation
import Storage
import Syndication

extension FeedBuilder {
    /// The approved comments on one column, newest first; nil for a column that is not published.
    func columnCommentsDocument(_ slug: String, format: FeedFormat) async throws -> FeedDocument? {
        guard let summary = try await store.columnSummary(slug: slug) else { return nil }
        let comments = try await store.recentApprovedComments(onColumn: slug, limit: site.pageSize)
        let key = FeedKey(subject: .columnComments(slug: slug), format: format)
        let title = site.language.hasPrefix("nl") ? "Reacties op “\(summary.column.title)”" : "Comments on “\(summary.column.title)”"
        var document = feed(key: key, specific: "column/\(slug)/comments", title: title, entries: comments.map { entry(for: $0, on: summary.column) })
        document.alternateLink = columnLink(summary.column)
        document.updated = Self.newest(comments.map(\.updatedAt) + [summary.column.publishedAt])
        return document
    }

    /// The newest approved comments on every published column.
    func recentCommentsDocument(format: FeedFormat) async throws -> FeedDocument {
        let comments = try await store.recentApprovedComments(onColumn: nil, limit: site.pageSize)
        var columns: [String: StoredColumn] = [:]
        for slug in Set(comments.map(\.columnSlug)) {
            columns[slug] = try await store.columnSummary(slug: slug)?.column
        }
        let entries = comments.compactMap { comment in columns[comment.columnSlug].map { entry(for: comment, on: $0) } }
        let key = FeedKey(subject: .recentComments, format: format)
        let title = site.language.hasPrefix("nl") ? "\(site.title): reacties" : "\(site.title): comments"
        var document = feed(key: key, specific: "feeds/comments", title: title, entries: entries)
        document.updated = Self.newest(comments.map(\.updatedAt))
        return document
    }

    /// A comment as a feed entry that answers its column (RFC 4685). Only what readers may see:
    /// the name, an http(s) web address and the body as plain text; never the e-mail address or
    /// the client address.
    func entry(for comment: StoredComment, on column: StoredColumn) -> FeedDocument.Entry {
        let author = comment.submission.author
        let webAddress = author.url.flatMap(URL.init(string:)).flatMap { url in
            ["http", "https"].contains(url.scheme?.lowercased() ?? "") ? url.absoluteString : nil
        }
        let title =
            site.language.hasPrefix("nl") ? "Reactie van \(author.name) op “\(column.title)”" : "Comment by \(author.name) on “\(column.title)”"
        return FeedDocument.Entry(
            id: TagURI(authority: site.authority, date: comment.createdAt, specific: "comment/\(comment.id)").description,
            title: title,
            published: comment.createdAt,
            updated: comment.updatedAt,
            author: .init(name: author.name, uri: webAddress),
            content: .text(comment.submission.body),
            inReplyTo: .init(ref: columnID(column), href: columnLink(column), type: "text/html")
        )
    }
}
