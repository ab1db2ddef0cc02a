import Foundation
import Syndication
import Testing

@Suite("TagURI")
struct TagURITests {
    @Test func format() throws {
        let tag = TagURI(authority: "stempel.example", date: try Fixtures.date("2026-11-27T12:00:00Z"), specific: "column/slug")
        #expect(tag.description == "tag:stempel.example,2026-11-27:column/slug")
        #expect(tag.authority == "stempel.example" && tag.date == "2026-11-27" && tag.specific == "column/slug")
    }

    @Test func dayIsTakenInUTC() throws {
        let lateEvening = try Fixtures.date("2026-11-27T23:30:00-02:00")
        #expect(TagURI(authority: "a.example", date: lateEvening, specific: "x").description == "tag:a.example,2026-11-28:x")
        let beforeEpoch = Date(timeIntervalSince1970: -1)
        #expect(TagURI(authority: "a.example", date: beforeEpoch, specific: "x").date == "1969-12-31")
    }

    @Test func authorityIsLowercasedAndSpecificPartEncoded() throws {
        let tag = TagURI(authority: "Stempel.Example", date: try Fixtures.date("2026-01-05T00:00:00Z"), specific: "column/wél meedacht?x=1#y")
        #expect(tag.description == "tag:stempel.example,2026-01-05:column/w%C3%A9l%20meedacht?x=1%23y")
    }
}
