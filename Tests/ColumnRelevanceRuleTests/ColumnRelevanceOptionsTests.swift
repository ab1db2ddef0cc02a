import ColumnRelevanceRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("ColumnRelevance options")
struct ColumnRelevanceOptionsTests {
    func findings(_ options: ColumnRelevance.Options, _ body: String, url: String? = nil) async throws -> [Finding] {
        try await ColumnRelevance(options: options).evaluate(
            .sample(body: body, url: url, column: SampleColumns.bakery.slug),
            in: SampleColumns.history.context()
        )
    }

    @Test func minimumSharedWords() async throws {
        let body = "Bij onze bakker kreeg ik ook eens een krentenbol omdat ik moest wachten."  // 3 shared
        var options = ColumnRelevance.Options()
        options.minimumSharedWords = 3
        #expect(try await findings(options, body).count == 1)
        options.minimumSharedWords = 4
        #expect(try await findings(options, body).isEmpty)
        options.minimumSharedWords = 1
        #expect(try await findings(options, "Alleen de bakker is hetzelfde.").map(\.reason) == ["shares 1 words with the column (bakker)"])
    }

    @Test func relevanceScore() async throws {
        var options = ColumnRelevance.Options()
        options.relevanceScore = -2.5
        #expect(try await findings(options, "De bakker gaf een krentenbol.").map(\.score) == [-2.5])
    }

    @Test func praiseScore() async throws {
        var options = ColumnRelevance.Options()
        options.praiseScore = 5
        #expect(try await findings(options, "Great post! Visit my site www.cheap-loans.example").map(\.score) == [5])
    }

    @Test func countAuthorURL() async throws {
        var options = ColumnRelevance.Options()
        options.countAuthorURL = false
        #expect(try await findings(options, "Great post!", url: "https://cheap-loans.example").isEmpty)
        #expect(try await findings(options, "Great post! www.cheap-loans.example").count == 1)
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try ColumnRelevance.decoded(fromJSON: "{}").options == ColumnRelevance.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try ColumnRelevance.decoded(fromJSON: #"{"praiseScore": 4, "countAuthorURL": false}"#).options
        var expected = ColumnRelevance.Options()
        expected.praiseScore = 4
        expected.countAuthorURL = false
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let options = try ColumnRelevance.decoded(
            fromJSON: #"{"minimumSharedWords": 3, "relevanceScore": 0, "praiseScore": 6.5, "countAuthorURL": false}"#
        ).options
        #expect(options.minimumSharedWords == 3)
        #expect(options.relevanceScore == 0)
        #expect(options.praiseScore == 6.5)
        #expect(options.countAuthorURL == false)
    }

    @Test(arguments: [
        (#"{"minimumSharedWords": 1.5}"#, "minimumSharedWords"),
        (#"{"relevanceScore": "laag"}"#, "relevanceScore"),
        (#"{"praiseScore": [3]}"#, "praiseScore"),
        (#"{"countAuthorURL": "ja"}"#, "countAuthorURL"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try ColumnRelevance.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"minimumSharedWords": 0}"#, "minimumSharedWords"),
        (#"{"relevanceScore": 1}"#, "relevanceScore"),
        (#"{"praiseScore": -3}"#, "praiseScore"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try ColumnRelevance.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncoded() throws {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(ColumnRelevance.Options()))
        let keys = try #require(object as? [String: Any]).keys
        #expect(Set(keys) == ["minimumSharedWords", "relevanceScore", "praiseScore", "countAuthorURL"])
    }

    @Test func optionsRoundTrip() throws {
        var options = ColumnRelevance.Options()
        options.minimumSharedWords = 4
        options.praiseScore = 2
        options.countAuthorURL = false
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try ColumnRelevance.decoded(fromJSON: json).options == options)
    }
}
