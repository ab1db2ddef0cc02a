import Foundation
import Publishing
import Storage
import Testing

@Suite struct FeedCacheTests {
    static let columnsAtom = PublishedResource.feed(FeedKey(subject: .columns(archivePage: nil), format: .atom))

    @Test func aCachedFeedIsServedUntilSomethingPublishedChanges() async throws {
        let store = try await PublishingFixtures.store()
        let cache = FeedCache(builder: FeedBuilder(store: store, site: PublishingFixtures.site))
        let first = try #require(try await cache.document(for: Self.columnsAtom))
        let again = try #require(try await cache.document(for: Self.columnsAtom))
        #expect(again.entityTag == first.entityTag)
        #expect(again.body == first.body)

        // A held comment changes nothing a feed shows; an approved one does.
        try await store.insertComment(PublishingFixtures.comment(on: "de-kassabon", status: .held, at: PublishingFixtures.day))
        #expect(try await cache.document(for: Self.columnsAtom)?.entityTag == first.entityTag)
        try await store.insertComment(PublishingFixtures.comment(on: "de-kassabon", at: PublishingFixtures.day.addingTimeInterval(7_200)))
        let changed = try #require(try await cache.document(for: Self.columnsAtom))
        #expect(changed.entityTag != first.entityTag)
        #expect(String(buffer: changed.body).contains(#"thr:count="1""#))
        #expect(changed.lastModified == PublishingFixtures.day.addingTimeInterval(7_200))
    }

    @Test func lastModifiedNeverGoesBackWhenAnItemDisappears() async throws {
        let store = try await PublishingFixtures.store()
        let cache = FeedCache(builder: FeedBuilder(store: store, site: PublishingFixtures.site))
        let comment = PublishingFixtures.comment(on: "de-kassabon", at: PublishingFixtures.day.addingTimeInterval(7_200))
        try await store.insertComment(comment)
        let resource = PublishedResource.feed(FeedKey(subject: .recentComments, format: .rss))
        let before = try #require(try await cache.document(for: resource))
        _ = try await store.decide(
            commentIDs: [comment.id], action: .reject, actor: "mila", note: nil, expecting: .approved, at: Date(), learners: [])
        let after = try #require(try await cache.document(for: resource))
        #expect(after.entityTag != before.entityTag)
        // The newest item left is older than the removed one; a reader asking "changed since?" must still hear yes.
        #expect(after.lastModified > before.lastModified)
    }

    @Test func concurrentRequestsAfterAChangeGetTheSameRendering() async throws {
        let store = try await PublishingFixtures.store()
        let cache = FeedCache(builder: FeedBuilder(store: store, site: PublishingFixtures.site))
        try await store.insertComment(PublishingFixtures.comment(on: "de-monteur", at: PublishingFixtures.day))
        let tags = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<32 {
                group.addTask { try await cache.document(for: Self.columnsAtom)?.entityTag }
            }
            return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
        }
        #expect(tags.count == 1)
        #expect(tags.first! != nil)
    }

    @Test func feedsThatDoNotExistAreNotCached() async throws {
        let store = try await PublishingFixtures.store()
        let cache = FeedCache(builder: FeedBuilder(store: store, site: PublishingFixtures.site))
        for key in [FeedKey(subject: .tag("onbekend"), format: .atom), FeedKey(subject: .columnComments(slug: "weg"), format: .rss)] {
            #expect(try await cache.document(for: .feed(key)) == nil)
        }
        _ = try await cache.document(for: Self.columnsAtom)
        #expect(cache.cachedFeeds == [FeedKey(subject: .columns(archivePage: nil), format: .atom)])
    }

    @Test func theCacheHoldsAtMostItsCapacity() async throws {
        let store = try await PublishingFixtures.store()
        let cache = FeedCache(builder: FeedBuilder(store: store, site: PublishingFixtures.site), capacity: 2)
        for format in FeedFormat.allCases {
            #expect(try await cache.document(for: .feed(FeedKey(subject: .columns(archivePage: nil), format: format))) != nil)
        }
        #expect(cache.cachedFeeds.count == 2)
    }
}
