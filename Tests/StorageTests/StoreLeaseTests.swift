import Foundation
import Storage
import Testing

@Suite struct StoreLeaseTests {
    @Test(arguments: StoreBackend.available)
    func aSourceIsLeasedToOnePollerUntilItsPollIsStoredOrTheLeaseEnds(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            // Whole seconds: SQLite keeps milliseconds, PostgreSQL microseconds.
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            var ids: [Int64] = []
            for name in ["a", "b", "c"] {
                ids.append(try await store.addSource(SourceDraft(url: "https://\(name).example/feed", name: name)).id)
            }
            let until = now.addingTimeInterval(600)
            let first = try await store.leaseDueSources(at: now, holder: "one", until: until, limit: 2)
            #expect(first.map(\.id) == [ids[0], ids[1]])
            #expect(try await store.leaseDueSources(at: now, holder: "two", until: until, limit: 10).map(\.id) == [ids[2]])
            #expect(try await store.leaseDueSources(at: now, holder: "three", until: until, limit: 10).isEmpty)
            // Every source is leased: the next is due when the leases end, not at once.
            #expect(try await store.nextPollDate() == until)

            // Storing a's poll ends its lease; it is due again at its next poll.
            let polled = SourceState(lastFetchAt: now, lastStatus: "200 OK", nextPollAt: now.addingTimeInterval(3600))
            try await store.applyPoll(SourcePollUpdate(sourceID: ids[0], state: polled))
            #expect(try await store.leaseDueSources(at: now.addingTimeInterval(1), holder: "three", until: until, limit: 10).isEmpty)

            // The holders of b and c died: once their leases end, another poller takes them.
            let later = until.addingTimeInterval(1)
            let retaken = try await store.leaseDueSources(at: later, holder: "three", until: later.addingTimeInterval(7200), limit: 10)
            #expect(retaken.map(\.id) == [ids[1], ids[2]])
            let dueAgain = now.addingTimeInterval(3601)
            #expect(
                try await store.leaseDueSources(at: dueAgain, holder: "four", until: dueAgain.addingTimeInterval(600), limit: 10).map(\.id) == [
                    ids[0]
                ])
        }
    }

    @Test(arguments: StoreBackend.available)
    func everyStoredPollIsLoggedWithItsPollerAndTimes(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let started = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down) - 5)
            let a = try await store.addSource(SourceDraft(url: "https://a.example/feed", name: "a")).id
            let b = try await store.addSource(SourceDraft(url: "https://b.example/feed", name: "b")).id
            #expect(try await store.polls(sourceID: nil).isEmpty)

            let ok = SourceState(lastFetchAt: started, lastStatus: "200 OK", nextPollAt: started.addingTimeInterval(3600))
            try await store.applyPoll(SourcePollUpdate(sourceID: a, state: ok, poller: "one"))
            let failed = SourceState(lastFetchAt: started.addingTimeInterval(1), lastStatus: "HTTP 500", failureCount: 1)
            try await store.applyPoll(SourcePollUpdate(sourceID: b, state: failed, poller: "two"))
            try await store.applyPoll(SourcePollUpdate(sourceID: a, state: ok))

            let polls = try await store.polls(sourceID: nil)
            #expect(polls.map(\.sourceID) == [a, a, b])
            #expect(polls.map(\.poller) == ["one", nil, "two"])
            #expect(polls.map(\.status) == ["200 OK", "200 OK", "HTTP 500"])
            #expect(polls.map(\.startedAt) == [started, started, started.addingTimeInterval(1)])
            #expect(polls.allSatisfy { $0.finishedAt >= $0.startedAt && $0.added == 0 })
            #expect(try await store.polls(sourceID: b).map(\.poller) == ["two"])

            // Polls that started longer than the retention ago are removed when a poll is stored.
            let old = SourceState(lastFetchAt: Date().addingTimeInterval(-SourcePoll.retention - 60), lastStatus: "304 Not Modified")
            try await store.applyPoll(SourcePollUpdate(sourceID: a, state: old, poller: "three"))
            #expect(try await store.polls(sourceID: a).map(\.poller) == ["one", nil])
        }
    }
}
