import Foundation
import ModerationKit
import Testing

@testable import PostgresStorage
@testable import Storage

@Suite struct StoreAuthorTests {
    private func submission(email: String? = "Anna@Example.org", address: String? = "203.0.113.7") -> Submission {
        Submission(body: "Hallo", author: .init(name: "Anna", email: email), column: "a", clientAddress: address)
    }

    @Test func keysAreNormalizedAndRefusedByField() throws {
        let hash = try AuthorKey(email: "  ANNA@example.org ")
        #expect(hash.kind == .email)
        #expect(hash.value == "a3bf86238a1c59bd2f0a648af9293620f90d18dad133d8fe2341cf9664a5d6d0")
        #expect(try AuthorKey(email: "anna@example.org") == hash)
        #expect(try AuthorKey(emailHash: hash.value.uppercased()) == hash)
        #expect(try AuthorKey(address: "::ffff:203.0.113.7").value == "203.0.113.7")
        #expect(try AuthorKey(address: "2001:DB8:0:0::1").value == "2001:db8::1")
        #expect(try AuthorKey(network: "203.0.113.99/24").value == "203.0.113.0/24")
        #expect(try AuthorKey(network: "2001:db8:1:2::/48").value == "2001:db8:1::/48")
        for bad in ["203.0.113.0/16", "203.0.113.0", "2001:db8::/64", "nonsense/24"] {
            #expect(throws: AuthorKey.Invalid.self, "\(bad)") { try AuthorKey(network: bad) }
        }
        #expect(throws: AuthorKey.Invalid.self) { try AuthorKey(address: "203.0.113.300") }
        #expect(throws: AuthorKey.Invalid.self) { try AuthorKey(emailHash: "abc") }
        #expect(throws: AuthorKey.Invalid.self) { try AuthorKey(email: "geen adres") }
    }

    @Test(arguments: StoreBackend.available) func standingIsFoundByEmailAddressOrNetworkAndABlockWins(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            #expect(try await store.authorStanding(of: submission()) == .unknown)
            _ = try await store.markAuthor(try AuthorKey(email: "anna@example.org"), as: .trusted, note: nil, actor: "marieke", at: Date())
            #expect(try await store.authorStanding(of: submission()) == .trusted)
            #expect(try await store.authorStanding(of: submission(email: nil)) == .unknown)
            _ = try await store.markAuthor(try AuthorKey(network: "203.0.113.0/24"), as: .blocked, note: "spamgolf", actor: "marieke", at: Date())
            #expect(try await store.authorStanding(of: submission(address: "203.0.113.200")) == .blocked)
            #expect(try await store.authorStanding(of: submission(address: "198.51.100.1")) == .trusted)
            _ = try await store.markAuthor(try AuthorKey(address: "2001:db8::5"), as: .blocked, note: nil, actor: "marieke", at: Date())
            #expect(try await store.authorStanding(of: submission(email: nil, address: "2001:db8:0::5")) == .blocked)
            #expect(try await store.authorStanding(of: submission(email: nil, address: nil)) == .unknown)
        }
    }

    @Test(arguments: StoreBackend.available) func theLookupUsesTheIndex(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let plan = try await Self.explainAuthorStanding(of: submission(), in: store)
            #expect(plan.contains("author_marks_by_value"), "\(plan)")
        }
    }

    @Test(arguments: StoreBackend.available) func markingAgainReplacesAndEveryChangeIsAudited(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let key = try AuthorKey(address: "203.0.113.7")
            let first = try await store.markAuthor(key, as: .trusted, note: "vaste lezer", actor: "marieke", at: Date(timeIntervalSince1970: 1))
            #expect(first.previous == nil)
            let second = try await store.markAuthor(key, as: .blocked, note: nil, actor: "joost", at: Date(timeIntervalSince1970: 2))
            #expect(second.previous?.standing == .trusted)
            #expect(second.mark.id == first.mark.id)
            #expect(try await store.authorMarks().map(\.standing) == [.blocked])
            let removed = try await store.removeAuthorMark(id: first.mark.id, actor: "marieke", at: Date(timeIntervalSince1970: 3))
            #expect(removed?.standing == .blocked)
            #expect(try await store.removeAuthorMark(id: first.mark.id, actor: "marieke", at: Date()) == nil)
            #expect(try await store.authorMarks().isEmpty)
            #expect(try await store.authorStanding(of: submission(email: nil)) == .unknown)

            let events = try await store.auditEvents(after: nil, limit: 10)
            #expect(events.map(\.action) == ["mark", "mark", "unmark"])
            #expect(events.map(\.actor) == ["marieke", "joost", "marieke"])
            #expect(events[0].before == nil)
            #expect(events[0].after == ["kind": "address", "value": "203.0.113.7", "standing": "trusted", "note": "vaste lezer"])
            #expect(events[1].before?["standing"] == "trusted")
            #expect(events[1].after?["standing"] == "blocked")
            #expect(events[2].after == nil)
            #expect(events.allSatisfy { $0.subject == .author && $0.subjectID == String(first.mark.id) })
            #expect(try await store.auditEvents(after: events[1].sequence, limit: 10).map(\.action) == ["unmark"])
        }
    }

    /// The plan of the standing lookup, in the store's own words.
    private static func explainAuthorStanding(of submission: Submission, in store: any TestStore) async throws -> String {
        if let store = store as? SQLiteStore { return try await store.explainAuthorStanding(of: submission) }
        if let store = store as? PostgresStore { return try await store.explainAuthorStanding(of: submission) }
        return "no plan from \(type(of: store))"
    }
}
