import Foundation
import ModerationKit
import Testing

@testable import Storage

extension PastSubmissionCache {
    /// One row's lookup, through the list lookup the store uses.
    fileprivate func lookup(_ row: Int64, version: Version) -> PastSubmission? {
        submissions(for: [(row, version)])[0]
    }
}

@Suite struct PastSubmissionCacheTests {
    private static func submission(_ body: String) -> PastSubmission {
        PastSubmission(body: body, column: "a", author: .init(name: "Lezer"), receivedAt: Date(timeIntervalSince1970: 0))
    }

    private static let version = PastSubmissionCache.Version(bodyHash: 7, updatedAt: "2026-11-27 10:00:00.000")

    @Test func aRowIsReusedOnlyWhileItsVersionIsTheSame() {
        let cache = PastSubmissionCache()
        cache.remember([(row: 1, version: Self.version, submission: Self.submission("eerst"))])
        #expect(cache.lookup(1, version: Self.version)?.body == "eerst")
        #expect(cache.lookup(2, version: Self.version) == nil)
        // An edit changes the body's hash and the time of the change; either alone is enough.
        #expect(cache.lookup(1, version: .init(bodyHash: 8, updatedAt: Self.version.updatedAt)) == nil)
        #expect(cache.lookup(1, version: .init(bodyHash: 7, updatedAt: "2026-11-27 10:00:00.001")) == nil)
        cache.remember([(row: 1, version: .init(bodyHash: 8, updatedAt: "2026-11-27 10:05:00.000"), submission: Self.submission("bewerkt"))])
        #expect(cache.lookup(1, version: .init(bodyHash: 8, updatedAt: "2026-11-27 10:05:00.000"))?.body == "bewerkt")
        #expect(cache.count == 1)
    }

    @Test func theOldestRowsAreForgottenPastTheCapacity() {
        let cache = PastSubmissionCache(capacity: 10)
        for batch in 0..<10 {
            cache.remember((0..<7).map { (row: Int64(batch * 7 + $0), version: Self.version, submission: Self.submission("\(batch * 7 + $0)")) })
            #expect(cache.count <= 10)
        }
        #expect(cache.lookup(69, version: Self.version)?.body == "69")
        #expect(cache.lookup(60, version: Self.version)?.body == "60")
        #expect(cache.lookup(59, version: Self.version) == nil)
        #expect(cache.lookup(0, version: Self.version) == nil)
    }
}
