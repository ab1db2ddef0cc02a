import Foundation
import Storage
import Syndication

/// Turns what the store holds into feed documents: only published columns and approved comments,
/// with stable `tag:` ids, absolute URLs and the newest change as the feed's `updated`.
public struct FeedBuilder: Sendable {
    /// Where the items come from.
    public let store: any StempelStore
    /// The site the feeds describe.
    public let site: FeedSite

    /// The fixed day in the feeds' own `tag:` ids, so that they never change.
    static let feedEpoch = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    /// Creates a builder.
    public init(store: any StempelStore, site: FeedSite) {
        self.store = store
        self.site = site
    }

    /// The document for `key`, or nil when there is no such feed (an unknown column or tag, an
    /// archive page that is not full).
    public func document(for key: FeedKey) async throws -> FeedDocument? {
        switch key.subject {
        case .columns(let archivePage): try await columnsDocument(page: archivePage, format: key.format)
        case .tag(let tag): try await tagDocument(tag, format: key.format)
        case .columnComments(let slug): try await columnCommentsDocument(slug, format: key.format)
        case .recentComments: try await recentCommentsDocument(format: key.format)
        }
    }

    /// How many full archive pages the columns feed has.
    public func archivePageCount() async throws -> Int {
        try await store.publishedColumnCount(tag: nil) / site.pageSize
    }

    private func columnsDocument(page: Int?, format: FeedFormat) async throws -> FeedDocument? {
        let fullPages = try await archivePageCount()
        let key = FeedKey(subject: .columns(archivePage: page), format: format)
        let columns: [ColumnSummary]
        let archive: FeedDocument.ArchiveLinks?
        let current = site.url(FeedKey(subject: .columns(archivePage: nil), format: format).path)
        let pageURL = { (number: Int) in site.url(FeedKey(subject: .columns(archivePage: number), format: format).path) }
        if let page {
            guard page <= fullPages else { return nil }
            columns = try await store.publishedColumns(.oldest(offset: (page - 1) * site.pageSize, limit: site.pageSize), tag: nil)
            archive = .init(
                isArchive: true, current: current, previous: page > 1 ? pageURL(page - 1) : nil, next: page < fullPages ? pageURL(page + 1) : nil)
        } else {
            columns = try await store.publishedColumns(.newest(limit: site.pageSize), tag: nil)
            archive = fullPages > 0 ? .init(isArchive: false, previous: pageURL(fullPages)) : nil
        }
        let title = page.map { "\(site.title) (archief \($0))" } ?? site.title
        var document = feed(key: key, specific: "feeds/columns", title: title, entries: columns.map { entry(for: $0) })
        document.updated = Self.newest(columns.flatMap { [$0.column.updatedAt, $0.lastCommentAt].compactMap { $0 } })
        document.archive = archive
        return document
    }

    private func tagDocument(_ tag: String, format: FeedFormat) async throws -> FeedDocument? {
        let columns = try await store.publishedColumns(.newest(limit: site.pageSize), tag: tag)
        guard !columns.isEmpty else { return nil }
        let key = FeedKey(subject: .tag(tag), format: format)
        var document = feed(key: key, specific: "tags/\(tag)", title: "\(site.title): \(tag)", entries: columns.map { entry(for: $0) })
        document.updated = Self.newest(columns.flatMap { [$0.column.updatedAt, $0.lastCommentAt].compactMap { $0 } })
        return document
    }

    /// The newest of some dates, or the feeds' epoch for an empty feed.
    static func newest(_ dates: [Date]) -> Date {
        dates.max() ?? feedEpoch
    }

    /// A feed document with the site's common parts; the caller sets `updated`.
    func feed(key: FeedKey, specific: String, title: String, entries: [FeedDocument.Entry]) -> FeedDocument {
        FeedDocument(
            id: TagURI(authority: site.authority, date: Self.feedEpoch, specific: specific).description,
            title: title,
            selfLink: site.url(key.path),
            alternateLink: site.url("/"),
            updated: Self.feedEpoch,
            entries: entries,
            base: site.url("/"),
            hub: site.hub,
            language: site.language
        )
    }

    /// A column as a feed entry, with its comment count and comment feeds.
    func entry(for summary: ColumnSummary) -> FeedDocument.Entry {
        let column = summary.column
        let comments = { (format: FeedFormat) in site.url(FeedKey(subject: .columnComments(slug: column.slug), format: format).path) }
        return FeedDocument.Entry(
            id: columnID(column),
            title: column.title,
            published: column.publishedAt,
            updated: column.updatedAt,
            author: .init(name: column.author),
            categories: column.tags,
            summary: column.summary.map(FeedDocument.Text.text),
            content: .html(column.contentHTML),
            alternateLink: columnLink(column),
            replies: .init(
                count: summary.approvedCommentCount, href: comments(.atom), type: FeedFormat.atom.mediaType, updated: summary.lastCommentAt,
                rssFeed: comments(.rss))
        )
    }

    /// A column's permanent id; it must never change, so it depends only on the slug and first
    /// publication day.
    func columnID(_ column: StoredColumn) -> String {
        TagURI(authority: site.authority, date: column.publishedAt, specific: "column/\(column.slug)").description
    }

    /// The column's own page where it came from another site, else its page here.
    func columnLink(_ column: StoredColumn) -> String {
        column.link ?? site.url("/columns/\(FeedKey.encode(column.slug))")
    }
}
