import Foundation
import Hummingbird
import Storage
import Syndication

/// `GET /feeds/columns.atom`: the approved columns, newest first, with their comment counts.
struct FeedRoutes: Sendable {
    let store: any StempelStore
    let site: SiteConfiguration

    /// The feed's `tag:` id date; fixed so that the feed's id never changes.
    static let feedEpoch = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    func register(on router: Router<StempelRequestContext>) {
        router.get("/feeds/columns.atom") { _, _ in
            let document = columnsFeed(try await store.columnSummaries())
            var headers = HTTPFields()
            headers[.contentType] = "application/atom+xml; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: AtomFeedWriter().data(from: document))))
        }
    }

    func columnsFeed(_ summaries: [ColumnSummary]) -> AtomFeedDocument {
        let base = site.baseURL.hasSuffix("/") ? String(site.baseURL.dropLast()) : site.baseURL
        let entries = summaries.map { summary in
            let column = summary.column
            let thread = "\(base)/api/v1/columns/\(column.slug)"
            return AtomFeedDocument.Entry(
                id: TagURI(authority: site.authority, date: column.publishedAt, specific: "column/\(column.slug)").description,
                title: column.title,
                published: column.publishedAt,
                updated: column.updatedAt,
                author: .init(name: column.author),
                categories: column.tags,
                summary: column.summary.map(AtomFeedDocument.Text.text),
                content: .html(column.contentHTML),
                alternateLink: column.link ?? thread,
                replies: .init(count: summary.approvedCommentCount, href: thread, type: "application/json", updated: summary.lastCommentAt)
            )
        }
        let newest = summaries.flatMap { [$0.column.updatedAt, $0.lastCommentAt].compactMap { $0 } }.max() ?? Self.feedEpoch
        return AtomFeedDocument(
            id: TagURI(authority: site.authority, date: Self.feedEpoch, specific: "feeds/columns").description,
            title: site.title,
            selfLink: "\(base)/feeds/columns.atom",
            alternateLink: "\(base)/api/v1/columns",
            updated: newest,
            entries: entries
        )
    }
}
