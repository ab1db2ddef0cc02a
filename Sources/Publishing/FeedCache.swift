import Foundation
import Storage
import Synchronization
import Syndication

/// Rendered feed documents, kept until something they may show changes.
///
/// A request for a cached feed costs one atomic load (the store's ``PublishedChanges``) and a
/// dictionary lookup; only the first request after a change renders, and requests arriving while
/// it renders wait for that one rendering instead of starting their own.
public final class FeedCache: Sendable {
    /// Builds the documents.
    public let builder: FeedBuilder
    private let changes: PublishedChanges
    private let capacity: Int
    private let slots = Mutex<[PublishedResource: Slot]>([:])

    private enum Lookup {
        case hit(RenderedFeed)
        case wait(Task<RenderedFeed?, any Error>)
    }

    private enum Slot {
        case ready(RenderedFeed, version: UInt64)
        case rendering(Task<RenderedFeed?, any Error>, version: UInt64, previous: RenderedFeed?)
    }

    /// Creates an empty cache holding at most `capacity` documents.
    public init(builder: FeedBuilder, capacity: Int = 4_096) {
        self.builder = builder
        self.changes = builder.store.publishedChanges
        self.capacity = capacity
    }

    /// The document for `key`, rendered now or earlier since the last change; nil when there is
    /// no such feed (which is not cached: unknown paths must not fill the cache).
    public func document(for key: PublishedResource) async throws -> RenderedFeed? {
        let version = changes.version
        let lookup: Lookup = slots.withLock { slots in
            var previous: RenderedFeed?
            switch slots[key] {
            case .ready(let feed, let renderedAt) where renderedAt == version:
                return .hit(feed)
            case .rendering(let task, let renderedAt, _) where renderedAt == version:
                return .wait(task)
            case .ready(let feed, _): previous = feed
            case .rendering(_, _, let earlier): previous = earlier
            case nil: break
            }
            if slots.count >= capacity, slots[key] == nil, let victim = slots.keys.first {
                slots[victim] = nil  // any one: the cache only bounds memory, and refills in one render
            }
            let task = Task { [builder] in
                try await Self.render(key, with: builder)?.notEarlier(than: previous)
            }
            slots[key] = .rendering(task, version: version, previous: previous)
            return .wait(task)
        }
        let task: Task<RenderedFeed?, any Error>
        switch lookup {
        case .hit(let feed): return feed
        case .wait(let rendering): task = rendering
        }
        do {
            let feed = try await task.value
            slots.withLock { slots in
                guard case .rendering(_, let renderedAt, _) = slots[key], renderedAt == version else { return }
                slots[key] = feed.map { .ready($0, version: version) }
            }
            return feed
        } catch {
            slots.withLock { slots in
                if case .rendering(_, let renderedAt, _) = slots[key], renderedAt == version { slots[key] = nil }
            }
            throw error
        }
    }

    /// The feeds rendered so far: those someone reads.
    public var cachedFeeds: [FeedKey] {
        slots.withLock { slots in
            slots.compactMap { resource, slot in
                switch slot {
                case .ready, .rendering(_, _, previous: .some): resource.feedKey
                case .rendering(_, _, previous: nil): nil  // not rendered yet, and may not exist
                }
            }
        }
    }

    /// Renders a document in its format.
    static func render(_ resource: PublishedResource, with builder: FeedBuilder) async throws -> RenderedFeed? {
        let key: FeedKey
        switch resource {
        case .feed(let feed):
            key = feed
        case .index:
            let page = try await IndexPage(
                site: builder.site, tags: builder.store.publishedTags(),
                columns: builder.store.publishedColumns(.newest(limit: builder.site.pageSize), tag: nil)
            ).html()
            return RenderedFeed(bytes: Array(page.utf8), contentType: "text/html; charset=utf-8", lastModified: Date(), isArchive: false)
        case .columnPage(let slug):
            guard let summary = try await builder.store.columnSummary(slug: slug) else { return nil }
            let comments = try await builder.store.approvedComments(onColumn: slug)
            let page = ColumnPage(site: builder.site, summary: summary, comments: comments).html()
            let newest = ([summary.column.updatedAt] + comments.map(\.updatedAt)).max() ?? summary.column.updatedAt
            return RenderedFeed(bytes: Array(page.utf8), contentType: "text/html; charset=utf-8", lastModified: newest, isArchive: false)
        }
        guard let document = try await builder.document(for: key) else { return nil }
        let bytes: [UInt8] =
            switch key.format {
            case .atom: Array(AtomFeedWriter().string(from: document).utf8)
            case .rss: Array(RSSFeedWriter().string(from: document).utf8)
            case .json: Array(JSONFeedWriter().data(from: document))
            }
        return RenderedFeed(bytes: bytes, contentType: key.format.contentType, lastModified: document.updated, isArchive: key.isArchive)
    }
}
