import Foundation
import Moderation
import Storage
import Testing

@Suite struct StoreHeldColumnTests {
    /// A store with one published column and, from a moderated source, the held columns named.
    private func seed(_ store: any TestStore, held slugs: [String], at date: Date = Fixtures.day) async throws -> Source {
        try await store.saveColumns([Fixtures.column("a")])
        let source = try await store.addSource(SourceDraft(url: "https://blog.example.org/feed", name: "Blog"))
        let columns = slugs.map { slug in
            IngestedColumn(entryKey: slug, fingerprint: slug, column: Fixtures.column(slug, published: date), status: .held)
        }
        try await store.applyPoll(SourcePollUpdate(sourceID: source.id, state: SourceState(lastFetchAt: date), columns: columns))
        return source
    }

    @Test(arguments: StoreBackend.available) func heldColumnsAreQueuedAndFilteredBySource(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let source = try await seed(store, held: ["b"])
            let held = try await store.heldColumns(QueueQuery())
            #expect(held.map(\.slug) == ["b"])
            #expect(held.first?.title == "Column b")
            #expect(held.first?.summary == "Samenvatting")
            #expect(held.first?.sourceID == source.id)
            #expect(held.first?.sourceName == "Blog")
            #expect(held.first.map { HeldColumn.rowID(fromQueueID: $0.id) == $0.rowID } == true)
            #expect(try await store.heldColumns(QueueQuery(source: source.id + 1)).isEmpty)
            #expect(try await store.heldColumns(QueueQuery(source: source.id)).count == 1)
            #expect(try await store.heldColumns(QueueQuery(rule: "shouting")).isEmpty)
            #expect(try await store.heldColumns(QueueQuery(kind: .comment)).isEmpty)
            #expect(try await store.heldColumnCount() == 1)
            // Not published while held.
            #expect(try await store.publishedColumns(.newest(limit: 50), tag: nil).map(\.column.slug) == ["a"])
        }
    }

    @Test(arguments: StoreBackend.available) func theQueuePagesAcrossCommentsAndColumnsWithoutSkippingOrRepeating(_ backend: StoreBackend)
        async throws
    {
        try await backend.withStore { store in
            _ = try await seed(store, held: ["c1", "c2", "c3"])
            for index in 0..<4 {
                try await store.insertComment(
                    Fixtures.comment(on: "a", body: "held \(index)", status: .held, at: Fixtures.day.addingTimeInterval(Double(index) - 2)))
            }
            let all = try await store.moderationQueue(QueueQuery(limit: 100))
            #expect(all.count == 7)
            #expect(zip(all, all.dropFirst()).allSatisfy { $0.createdAt <= $1.createdAt })
            var seen: [String] = []
            var query = QueueQuery(limit: 2)
            while true {
                let page = try await store.moderationQueue(query)
                seen += page.map(\.id)
                guard page.count == query.limit, let last = page.last else { break }
                query.after = last.cursor
            }
            #expect(seen == all.map(\.id))
            #expect(Set(seen).count == 7)
            #expect(try await store.moderationQueue(QueueQuery(limit: 100, kind: .column)).count == 3)
        }
    }

    /// Times whose microsecond, read back from PostgreSQL as a `Date` and carried through a cursor
    /// token (seconds since 1970), lands a hair below itself, so that binding it again by
    /// truncation gave the microsecond before (about a quarter of all microseconds in 2026).
    private static func awkwardTimes(_ count: Int) -> [Date] {
        let postgresEpoch = Date(timeIntervalSince1970: 946_684_800)
        let start = Int64(Fixtures.day.timeIntervalSince(postgresEpoch) * 1_000_000) + 123_457
        let awkward = (start..<start + 10_000).lazy.filter { microseconds in
            let read = Date(timeInterval: Double(microseconds) / 1_000_000, since: postgresEpoch)
            let readBack = Date(timeIntervalSince1970: read.timeIntervalSince1970)
            return Int64(readBack.timeIntervalSince(postgresEpoch) * 1_000_000) != microseconds
        }
        // Half a microsecond on, so that storing either way keeps the intended microsecond.
        return awkward.prefix(count).map { Date(timeInterval: (Double($0) + 0.5) / 1_000_000, since: postgresEpoch) }
    }

    @Test(arguments: StoreBackend.available) func pagingRepeatsNothingWhateverTheMicrosecondOfTheLastItem(_ backend: StoreBackend)
        async throws
    {
        try await backend.withStore { store in
            let times = Self.awkwardTimes(6)
            try #require(times.count == 6)
            _ = try await seed(store, held: ["c1"], at: times[0])
            for (index, time) in times.dropFirst().enumerated() {
                try await store.insertComment(Fixtures.comment(on: "a", body: "held \(index)", status: .held, at: time))
            }
            let all = try await store.moderationQueue(QueueQuery(limit: 100))
            for limit in [1, 2] {
                var seen: [String] = []
                var query = QueueQuery(limit: limit)
                // Bounded: a cursor that does not move on would page forever.
                for _ in 0..<all.count + 1 {
                    let page = try await store.moderationQueue(query)
                    guard let last = page.last else { break }
                    seen += page.map(\.id)
                    // As a client pages: through the cursor's token.
                    query.after = QueueCursor(token: last.cursor.token)
                }
                #expect(seen == all.map(\.id), "pages of \(limit)")
            }
        }
    }

    private static func outcome(_ result: ColumnDecisionResult) -> String {
        switch result {
        case .decided: "decided"
        case .unchanged: "unchanged"
        case .conflict: "conflict"
        case .notFound: "not found"
        }
    }

    @Test(arguments: StoreBackend.available) func approvingPublishesRejectingKeepsOutAndBothAreAudited(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            _ = try await seed(store, held: ["b", "c"])
            let held = try await store.heldColumns(QueueQuery())
            let before = store.publishedChanges.version
            let approved = try await store.decideColumns(rowIDs: [held[0].rowID], action: .approve, actor: "marieke", note: "mooi", at: Fixtures.day)
            guard case .decided(let column) = approved[0] else {
                Issue.record("not decided: \(approved)")
                return
            }
            #expect(column.status == .approved)
            #expect(store.publishedChanges.version > before)
            #expect(try await store.publishedColumns(.newest(limit: 50), tag: nil).map(\.column.slug).contains(held[0].slug))

            let rejected = try await store.decideColumns(rowIDs: [held[1].rowID], action: .reject, actor: "joost", note: nil, at: Fixtures.day)
            guard case .decided(let rejectedColumn) = rejected[0] else {
                Issue.record("not decided: \(rejected)")
                return
            }
            #expect(rejectedColumn.status == .rejected)
            #expect(!(try await store.publishedColumns(.newest(limit: 50), tag: nil).map(\.column.slug).contains(held[1].slug)))

            // Deciding again: the same status changes nothing; another is a conflict; unknown ids are not found.
            let again = try await store.decideColumns(
                rowIDs: [held[0].rowID, held[1].rowID, 999], action: .reject, actor: "x", note: nil, at: Fixtures.day)
            #expect(again.map(Self.outcome) == ["conflict", "unchanged", "not found"])
            #expect(try await store.heldColumns(QueueQuery()).isEmpty)

            // The poll recorded each hold (the rules' verdict), then come the decisions.
            let events = try await store.auditEvents(after: nil, limit: 10)
            #expect(events.map(\.action) == ["held", "held", "approve", "reject"])
            #expect(events.map(\.actor) == ["rules", "rules", "marieke", "joost"])
            #expect(events.map(\.subject) == [.column, .column, .column, .column])
            #expect(events[0].subjectID == held[0].id && events[0].before == nil && events[0].after?["status"] == "held")
            #expect(events[2].subjectID == held[0].id)
            #expect(events[2].before?["status"] == "held")
            #expect(events[2].after?["status"] == "approved")
            #expect(events[2].note == "mooi")

            // One column's trail, and the column itself after the decision.
            #expect(try await store.auditEvents(of: .column, id: held[0].id).map(\.action) == ["held", "approve"])
            #expect(try await store.auditEvents(of: .author, id: held[0].id).isEmpty)
            #expect(try await store.heldColumn(rowID: held[1].rowID)?.status == .rejected)
            #expect(try await store.heldColumn(rowID: held[1].rowID)?.slug == held[1].slug)
            #expect(try await store.heldColumn(rowID: 999) == nil)
        }
    }

    @Test(arguments: StoreBackend.available) func aColumnUpdatedByALaterPollIsNotHeldAgain(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let source = try await seed(store, held: ["b"])
            let changed = IngestedColumn(
                entryKey: "b", fingerprint: "b2", column: Fixtures.column("b", published: Fixtures.day), status: .held)
            try await store.applyPoll(SourcePollUpdate(sourceID: source.id, state: SourceState(lastFetchAt: Fixtures.day), columns: [changed]))
            #expect(try await store.auditEvents(after: nil, limit: 10).map(\.action) == ["held"])
        }
    }

    @Test(arguments: StoreBackend.available) func aJudgedColumnKeepsItsFindingsAndIsFilteredByThem(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            _ = try await seed(store, held: ["never-judged"])
            let source = try await store.addSource(SourceDraft(url: "https://other.example.org/feed", name: "Ander"))
            let findings = [RuleFinding(rule: "word-list", score: 4, reason: "casino"), RuleFinding(rule: "shouting", score: 1.5, reason: "CAPS")]
            try await store.applyPoll(
                SourcePollUpdate(
                    sourceID: source.id, state: SourceState(lastFetchAt: Fixtures.day),
                    columns: [
                        IngestedColumn(
                            entryKey: "j", fingerprint: "j", column: Fixtures.column("judged", published: Fixtures.day), status: .held,
                            findings: findings, totalScore: 5.5)
                    ]))
            let judged = try #require(try await store.heldColumns(QueueQuery(source: source.id)).first)
            #expect(judged.findings == findings && judged.totalScore == 5.5)
            #expect(try await store.heldColumn(rowID: judged.rowID)?.findings == findings)
            let unjudged = try #require(try await store.heldColumns(QueueQuery()).first { $0.slug == "never-judged" })
            #expect(unjudged.findings.isEmpty && unjudged.totalScore == nil)
            #expect(try await store.heldColumns(QueueQuery(rule: "word-list")).map(\.slug) == ["judged"])
            #expect(try await store.heldColumns(QueueQuery(rule: "link-limit")).isEmpty)
            #expect(try await store.heldColumns(QueueQuery(minimumScore: 5)).map(\.slug) == ["judged"])
            #expect(try await store.heldColumns(QueueQuery(minimumScore: 6)).isEmpty)
        }
    }
}
