import Foundation
import Moderation
import ModerationKit
import Publishing
import Storage

/// A store with two columns, a feed builder on it, and comments to add.
enum PublishingFixtures {
    static let day = Date(timeIntervalSince1970: 1_790_000_000)
    static let site = FeedSite(title: "Stempel", authority: "stempel.test", baseURL: "https://stempel.test/", pageSize: 10)

    static func store() async throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try await store.saveColumns([column("de-kassabon", published: day), column("de-monteur", published: day.addingTimeInterval(3_600))])
        return store
    }

    static func column(_ slug: String, published: Date) -> StoredColumn {
        StoredColumn(
            slug: slug, title: "Column \(slug)", author: "Schrijver", contentHTML: "<p>Tekst</p>", tags: ["klantbeleving"],
            publishedAt: published, updatedAt: published)
    }

    static func comment(on slug: String, status: ModerationStatus = .approved, at date: Date) -> StoredComment {
        let submission = Submission(body: "Herkenbaar", author: .init(name: "Lezer"), column: slug, receivedAt: date)
        return StoredComment(
            id: UUID().uuidString.lowercased(), columnSlug: slug, submission: submission, status: status, totalScore: 0, findings: [], runs: [],
            createdAt: date, updatedAt: date)
    }
}
