import Foundation
import Testing

@testable import Syndication

/// feedparser's own date test cases (Fixtures/feedparser-date-cases.json, BSD-2-Clause): every
/// date it reads is read to the same instant, and every one it refuses is refused.
@Suite("Dates: feedparser's 72 cases")
struct DateCasesTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var parser: String
        var input: String
        var expected: [Int]?

        enum CodingKeys: String, CodingKey {
            case parser, input
            case expected = "expected_utc_9tuple"
        }

        var testDescription: String { "\(parser): \"\(input)\"" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/feedparser-date-cases.json")
        return (try? JSONDecoder().decode([Case].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func allSeventyTwoAreLoaded() {
        #expect(Self.cases.count == 72)
    }

    @Test(arguments: cases)
    func readsOrRefuses(_ dateCase: Case) throws {
        let parsed = FeedDate.parse(dateCase.input)
        guard let tuple = dateCase.expected else {
            #expect(parsed == nil, "should be refused, read as \(parsed.map { "\($0)" } ?? "")")
            return
        }
        let date = try #require(parsed)
        let time = CivilTime(date)
        #expect([time.year, time.month, time.day, time.hour, time.minute, time.second] == Array(tuple.prefix(6)))
    }
}
