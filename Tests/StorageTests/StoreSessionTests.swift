import Foundation
import Moderation
import Storage
import Testing

@Suite struct StoreSessionTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func addAnja(to store: any TestStore) async throws {
        try await store.addModerator(Moderator(name: "anja", role: .admin, passwordHash: "x", createdAt: now), tokenHash: "t")
    }

    @Test(arguments: StoreBackend.available) func aSessionIsFoundByItsHashUntilItExpires(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await addAnja(to: store)
            try await store.addSession(tokenHash: "h1", moderatorName: "ANJA", csrfToken: "c1", createdAt: now, expiresAt: now + 60)
            let session = try #require(try await store.session(tokenHash: "h1", at: now + 59))
            #expect(session.moderator.name == "anja" && session.moderator.role == .admin && session.csrfToken == "c1")
            #expect(try await store.session(tokenHash: "h1", at: now + 60) == nil)
            #expect(try await store.session(tokenHash: "h2", at: now) == nil)
            // A later sign-in sweeps the expired session away.
            try await store.addSession(tokenHash: "h2", moderatorName: "anja", csrfToken: "c2", createdAt: now + 61, expiresAt: now + 120)
            #expect(try await store.session(tokenHash: "h1", at: now) == nil)
            try await store.removeSession(tokenHash: "h2")
            #expect(try await store.session(tokenHash: "h2", at: now + 62) == nil)
        }
    }

    @Test(arguments: StoreBackend.available) func aNewPasswordOrRemovingTheAccountEndsItsSessions(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await addAnja(to: store)
            try await store.addSession(tokenHash: "h1", moderatorName: "anja", csrfToken: "c", createdAt: now, expiresAt: now + 60)
            #expect(try await store.updateModerator(named: "anja", passwordHash: nil, tokenHash: "t2"))
            #expect(try await store.session(tokenHash: "h1", at: now) != nil)
            #expect(try await store.updateModerator(named: "anja", passwordHash: "y", tokenHash: nil))
            #expect(try await store.session(tokenHash: "h1", at: now) == nil)
            try await store.addSession(tokenHash: "h2", moderatorName: "anja", csrfToken: "c", createdAt: now, expiresAt: now + 60)
            #expect(try await store.removeModerator(named: "anja"))
            #expect(try await store.session(tokenHash: "h2", at: now) == nil)
            await #expect(throws: StoreError.self) {
                try await store.addSession(tokenHash: "h3", moderatorName: "anja", csrfToken: "c", createdAt: now, expiresAt: now + 60)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func aCommentsHistoryListsItsDecisionsInOrder(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await addAnja(to: store)
            try await store.saveColumns([Fixtures.column("a")])
            let comment = Fixtures.comment(on: "a", status: .held)
            try await store.insertComment(comment)
            _ = try await store.decide(commentID: comment.id, action: .approve, actor: "anja", note: "prima")
            let history = try await store.decisions(forComment: comment.id)
            #expect(history.map(\.actor) == ["rules", "anja"])
            #expect(history.last?.note == "prima")
            #expect(try await store.decisions(forComment: "nope").isEmpty)
        }
    }
}
