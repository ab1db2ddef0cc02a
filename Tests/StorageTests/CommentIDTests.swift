import Foundation
import Testing

@testable import Storage

@Suite struct CommentIDTests {
    @Test func idsAreVersion7UUIDsThatSortByCreationTime() throws {
        let start = Date(timeIntervalSince1970: 1_795_000_000.123)
        let ids = (0..<2000).map { CommentID.make(at: start.addingTimeInterval(Double($0) * 0.002)) }
        for id in ids {
            let uuid = try #require(UUID(uuidString: id))
            #expect(id == id.lowercased())
            #expect(uuid.uuid.6 >> 4 == 7)
            #expect(uuid.uuid.8 >> 6 == 0b10)
        }
        // Two milliseconds apart: sorted as text, they are in creation order.
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(ids).count == ids.count)
        // The first 48 bits hold the time in milliseconds.
        #expect(ids[0].replacingOccurrences(of: "-", with: "").hasPrefix(String(1_795_000_000_123, radix: 16).leftPadded(to: 12)))
    }

    @Test func idsMadeInTheSameMillisecondDiffer() {
        let now = Date()
        let ids = Set((0..<10_000).map { _ in CommentID.make(at: now) })
        #expect(ids.count == 10_000)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
