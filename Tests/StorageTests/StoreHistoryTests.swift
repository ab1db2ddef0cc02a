import Foundation
import Moderation
import ModerationKit
import Storage
import Testing

@Suite struct StoreHistoryTests {
    @Test(arguments: StoreBackend.available) func recentSubmissionsByKeyNewestFirst(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a"), Fixtures.column("b")])
            let now = Fixtures.day
            try await store.insertComment(Fixtures.comment(on: "a", body: "een", address: "203.0.113.5", at: now.addingTimeInterval(-50)))
            try await store.insertComment(Fixtures.comment(on: "b", body: "twee", address: "203.0.113.77", at: now.addingTimeInterval(-10)))
            try await store.insertComment(Fixtures.comment(on: "b", body: "drie", address: "198.51.100.1", at: now.addingTimeInterval(-5000)))
            let context = RuleContext(now: now, history: store)
            let sameNetwork = try await context.recentSubmissions(.clientNetwork("203.0.113.0/24"), within: .seconds(3600))
            #expect(sameNetwork.map(\.body) == ["twee", "een"])
            #expect(sameNetwork.map(\.column) == ["b", "a"])
            #expect(try await context.recentSubmissionCount(.clientNetwork("203.0.113.0/24"), within: .seconds(3600)) == 2)
            #expect(try await context.recentSubmissionCount(.anyone, within: .seconds(10_000), countingUpTo: 2) == 2)
            #expect(try await context.recentSubmissionCount(.anyone, within: .seconds(10_000)) == 3)
            #expect(try await context.recentSubmissions(.anyone, within: .seconds(10_000), limit: 2).map(\.body) == ["twee", "een"])
        }
    }

    @Test(arguments: StoreBackend.available) func columnInfoHasPlainText(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            var column = Fixtures.column("a", tags: ["klachten"])
            column.contentHTML = "<p>De <em>bakker</em> &amp; zijn   brood</p>"
            try await store.saveColumns([column])
            let info = try #require(try await RuleContext(now: Fixtures.day, history: store).column("a"))
            #expect(info.text == "De bakker & zijn brood")
            #expect(info.tags == ["klachten"])
        }
    }

    @Test(arguments: StoreBackend.available) func learningCountsAddUpAndUndoNeverGoesNegative(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.learn(rule: "bayes", features: ["gratis", "geld"], label: .spam)
            try await store.learn(rule: "bayes", features: ["gratis", "verhaal"], label: .ham)
            try await store.learn(rule: "bayes", features: ["gratis"], label: .spam)
            try await store.learn(rule: "other", features: ["gratis"], label: .ham)
            var counts = try await store.learnedCounts(rule: "bayes", features: ["gratis", "geld", "onbekend"])
            #expect(counts.spamExamples == 2 && counts.hamExamples == 1)
            #expect(counts.features == ["gratis": .init(spam: 2, ham: 1), "geld": .init(spam: 1, ham: 0)])
            try await store.learn(rule: "bayes", examples: [(["geld"], .spam), (["geld"], .spam), (["geld"], .spam)], delta: -1)
            counts = try await store.learnedCounts(rule: "bayes", features: ["geld"])
            #expect(counts.spamExamples == 0)
            #expect(counts.features["geld"]?.spam == 0)
        }
    }
}
