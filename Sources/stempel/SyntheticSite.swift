import Foundation
import Moderation
import ModerationKit
import Storage

/// A large published site for benchmarks: Dutch-flavoured columns of realistic length, each with
/// tags, and approved comments spread over them. Deterministic, so that runs compare.
struct SyntheticSite {
    let columns: Int
    let comments: Int

    private static let words = """
        klant ervaring service winkel kassabon ruilen koffie medewerker vriendelijk wachten monteur bakker loket \
        afspraak bestelling levering retour klantenservice verwachting glimlach rekening factuur garantie
        """.split(separator: " ").map(String.init)
    private static let tags = ["klantbeleving", "klantenservice", "gastvrijheid", "klachten", "verwachtingen", "retail"]

    /// Adds the columns and comments unless the store has them; returns the ids of the comments added.
    func seed(into store: SQLiteStore) async throws -> [String] {
        guard try await store.publishedColumnCount(tag: nil) < columns else {
            return try await store.recentApprovedComments(onColumn: nil, limit: 1_000).map(\.id)
        }
        let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01
        var generator = SystemRandomNumberGenerator()
        let site = (0..<columns).map { index in
            let published = start.addingTimeInterval(Double(index) * 6 * 3_600)
            return StoredColumn(
                slug: "column-\(index)",
                title: "Column \(index): \(Self.phrase(5, seed: index))",
                author: "Auteur \(index % 40)",
                summary: Self.phrase(30, seed: index + 1),
                contentHTML: (0..<5).map { "<p>\(Self.phrase(60, seed: index * 7 + $0))</p>" }.joined(separator: "\n"),
                link: "https://columns.example.nl/columns/column-\(index)",
                tags: [Self.tags[index % Self.tags.count], Self.tags[(index / 3) % Self.tags.count]],
                publishedAt: published,
                updatedAt: published
            )
        }
        try await store.saveColumns(site)
        let ids = (0..<comments).map { _ in UUID().uuidString.lowercased() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            // Many writers at once: the store commits them in groups, as it does under load.
            for (index, id) in ids.enumerated() {
                if index >= 256 { try await group.next() }
                let column = site[Int.random(in: 0..<site.count, using: &generator)]
                let date = column.publishedAt.addingTimeInterval(Double(index % 500) * 60)
                group.addTask {
                    let submission = Submission(
                        body: Self.phrase(25, seed: index), author: .init(name: "Lezer \(index % 900)", email: "lezer\(index % 900)@example.nl"),
                        column: column.slug, clientAddress: "192.0.2.\(index % 250)", receivedAt: date)
                    try await store.insertComment(
                        StoredComment(
                            id: id, columnSlug: column.slug, submission: submission, status: .approved, totalScore: 0, findings: [], runs: [],
                            createdAt: date, updatedAt: date))
                }
            }
            try await group.waitForAll()
        }
        return ids
    }

    private static func phrase(_ count: Int, seed: Int) -> String {
        (0..<count).map { words[((seed &* 31 &+ $0 &* 17) & Int.max) % words.count] }.joined(separator: " ")
    }
}
