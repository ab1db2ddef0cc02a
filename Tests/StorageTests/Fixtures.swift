import Foundation
import Moderation
import ModerationKit
import Storage

enum Fixtures {
    static let day = Date(timeIntervalSince1970: 1_790_000_000)

    static func column(_ slug: String, published: Date = day, tags: [String] = ["klantbeleving"]) -> StoredColumn {
        StoredColumn(
            slug: slug,
            sourceID: "tag:stempel.test,2026:\(slug)",
            title: "Column \(slug)",
            author: "Schrijver",
            summary: "Samenvatting",
            contentHTML: "<p>Tekst</p>",
            link: "https://columns.example.nl/columns/\(slug)",
            tags: tags,
            publishedAt: published,
            updatedAt: published
        )
    }

    static func comment(
        on slug: String,
        body: String = "Herkenbaar verhaal",
        status: ModerationStatus = .approved,
        email: String? = "Lezer@Example.nl",
        name: String = "Lezer",
        address: String? = "192.0.2.1",
        at date: Date = day
    ) -> StoredComment {
        let submission = Submission(
            body: body,
            author: .init(name: name, email: email),
            column: slug,
            clientAddress: address,
            receivedAt: date,
            source: .api
        )
        let verdict = Verdict(
            status: status,
            totalScore: status == .approved ? 0 : 5,
            findings: status == .approved ? [] : [RuleFinding(rule: "shouting", score: 5, reason: "capitals")],
            runs: [RuleRun(rule: "shouting", milliseconds: 0.1, outcome: .completed)]
        )
        return StoredComment(judged: submission, verdict: verdict)
    }
}
