import Foundation
import Moderation
import Storage

extension TestServer {
    /// Holds columns from a moderated source, as a poll of it would (one transaction, with the
    /// rules' `held` event per column): titles `Gehouden 1 <b>`, `Gehouden 2 <b>`…, by `Blogger`;
    /// with `findings`, each column carries them and their total as the rules' score.
    @discardableResult
    func holdColumns(_ slugs: [String] = ["een-gehouden-column", "nog-een-column"], findings: [RuleFinding]? = nil) async throws -> Source {
        let source = try await store.addSource(SourceDraft(url: "https://blog.example.org/feed.atom", name: "Het blog"))
        let columns = slugs.enumerated().map { index, slug in
            IngestedColumn(
                entryKey: slug, fingerprint: slug,
                column: StoredColumn(
                    slug: slug, title: "Gehouden \(index + 1) <b>", author: "Blogger", summary: "Waar het over gaat \(index + 1)",
                    contentHTML: "<p>De tekst.</p>", link: "https://blog.example.org/\(slug)", tags: [],
                    publishedAt: Date(timeIntervalSince1970: 1_780_000_000 + Double(index)), updatedAt: Date(timeIntervalSince1970: 1_780_000_000)),
                status: .held, findings: findings, totalScore: findings.map { $0.reduce(0) { $0 + $1.score } })
        }
        try await store.applyPoll(SourcePollUpdate(sourceID: source.id, state: SourceState(lastFetchAt: Date()), columns: columns))
        return source
    }
}
