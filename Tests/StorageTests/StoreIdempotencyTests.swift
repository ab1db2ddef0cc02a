import Foundation
import Storage
import Testing

@Suite struct StoreIdempotencyTests {
    @Test(arguments: StoreBackend.available) func aKeyIsStoredWithItsCommentAndASecondUseStoresNothing(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("de-kassabon")])
            let key = IdempotencyKey(scope: "de-kassabon", key: "k-1", fingerprint: "abc")
            let first = Fixtures.comment(on: "de-kassabon")
            try await store.insertComment(first, idempotencyKey: key)
            #expect(try await store.idempotentRequest(key) == IdempotentRequest(fingerprint: "abc", commentID: first.id, status: "approved"))

            let second = Fixtures.comment(on: "de-kassabon", body: "Iets anders")
            await #expect(throws: StoreError.duplicateRequest(key)) {
                try await store.insertComment(second, idempotencyKey: key)
            }
            #expect(try await store.comment(id: second.id) == nil)
            #expect(try await store.columnSummary(slug: "de-kassabon")?.approvedCommentCount == 1)
            #expect(try await store.idempotentRequest(IdempotencyKey(scope: "elders", key: "k-1", fingerprint: "abc")) == nil)
        }
    }
}

@Suite struct ColumnUpdateTests {
    @Test(arguments: StoreBackend.available) func anUpdatedColumnKeepsItsFirstPublicationDate(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("de-kassabon", published: Fixtures.day)])
            var changed = Fixtures.column("de-kassabon", published: Fixtures.day.addingTimeInterval(86_400 * 30))
            changed.title = "Een nieuwe titel"
            changed.updatedAt = Fixtures.day.addingTimeInterval(86_400 * 31)
            #expect(try await store.saveColumns([changed]) == 0)
            let stored = try #require(try await store.columnSummary(slug: "de-kassabon")?.column)
            #expect(stored.title == "Een nieuwe titel")
            #expect(stored.publishedAt == Fixtures.day)
            #expect(stored.updatedAt == Fixtures.day.addingTimeInterval(86_400 * 31))
        }
    }
}
