import Foundation
import ModerationKit
import ModerationKitTesting
import SpamClassifierRule
import Testing

@Suite("SpamClassifier options")
struct SpamClassifierOptionsTests {
    let history = SpamClassifierTests.trained()

    func scores(_ options: SpamClassifier.Options, _ body: String) async throws -> [Double] {
        try await SpamClassifier(options: options).evaluate(.sample(body: body), in: history.context()).map(\.score)
    }

    @Test func minimumExamples() async throws {
        var options = SpamClassifier.Options()
        options.minimumExamples = 289
        #expect(try await scores(options, SpamClassifierTests.unseenSpam).isEmpty)
        options.minimumExamples = 288
        #expect(try await scores(options, SpamClassifierTests.unseenSpam).count == 1)
    }

    @Test func spamAndCertainSpamThresholdsAndScores() async throws {
        var options = SpamClassifier.Options()
        // The unseen spam's probability is 0.99 and a bit, below 1.
        options.certainSpamThreshold = 1
        options.spamScore = 4
        #expect(try await scores(options, SpamClassifierTests.unseenSpam) == [4])
        options.certainSpamThreshold = 0.99
        options.certainSpamScore = 12
        #expect(try await scores(options, SpamClassifierTests.unseenSpam) == [12])
        options.spamThreshold = 1
        options.certainSpamThreshold = 1
        #expect(try await scores(options, SpamClassifierTests.unseenSpam).isEmpty)
    }

    @Test func hamThresholdAndScore() async throws {
        var options = SpamClassifier.Options()
        options.hamScore = -2
        #expect(try await scores(options, SpamClassifierTests.unseenHam) == [-2])
        options.hamThreshold = 0
        #expect(try await scores(options, SpamClassifierTests.unseenHam).isEmpty)
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try SpamClassifier.decoded(fromJSON: "{}").options == SpamClassifier.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try SpamClassifier.decoded(fromJSON: #"{"spamThreshold": 0.7, "hamScore": -2}"#).options
        var expected = SpamClassifier.Options()
        expected.spamThreshold = 0.7
        expected.hamScore = -2
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let options = try SpamClassifier.decoded(
            fromJSON: #"""
                {"minimumExamples": 50, "spamThreshold": 0.8, "certainSpamThreshold": 0.95, "hamThreshold": 0.1,
                 "spamScore": 5, "certainSpamScore": 9, "hamScore": 0}
                """#
        ).options
        #expect(options.minimumExamples == 50)
        #expect(options.spamThreshold == 0.8)
        #expect(options.certainSpamThreshold == 0.95)
        #expect(options.hamThreshold == 0.1)
        #expect(options.spamScore == 5)
        #expect(options.certainSpamScore == 9)
        #expect(options.hamScore == 0)
    }

    @Test(arguments: [
        (#"{"minimumExamples": 2.5}"#, "minimumExamples"),
        (#"{"spamThreshold": "hoog"}"#, "spamThreshold"),
        (#"{"certainSpamThreshold": [1]}"#, "certainSpamThreshold"),
        (#"{"hamThreshold": null, "x": 1, "hamScore": "min een"}"#, "hamScore"),
        (#"{"spamScore": true}"#, "spamScore"),
        (#"{"certainSpamScore": {}}"#, "certainSpamScore"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try SpamClassifier.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"minimumExamples": 0}"#, "minimumExamples"),
        (#"{"spamThreshold": 0}"#, "spamThreshold"),
        (#"{"spamThreshold": 1.5}"#, "spamThreshold"),
        (#"{"certainSpamThreshold": -0.1}"#, "certainSpamThreshold"),
        (#"{"hamThreshold": 2}"#, "hamThreshold"),
        (#"{"spamScore": -1}"#, "spamScore"),
        (#"{"certainSpamScore": -1}"#, "certainSpamScore"),
        (#"{"hamScore": 1}"#, "hamScore"),
        // The thresholds must keep their order; the key the site set is named.
        (#"{"certainSpamThreshold": 0.7}"#, "certainSpamThreshold"),
        (#"{"spamThreshold": 0.995}"#, "spamThreshold"),
        (#"{"hamThreshold": 0.9}"#, "hamThreshold"),
        (#"{"spamThreshold": 0.15}"#, "spamThreshold"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try SpamClassifier.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncoded() throws {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(SpamClassifier.Options()))
        let keys = try #require(object as? [String: Any]).keys
        #expect(
            Set(keys) == [
                "minimumExamples", "spamThreshold", "certainSpamThreshold", "hamThreshold", "spamScore", "certainSpamScore", "hamScore",
            ]
        )
    }

    @Test func optionsRoundTrip() throws {
        var options = SpamClassifier.Options()
        options.minimumExamples = 500
        options.spamThreshold = 0.7
        options.hamScore = -0.5
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try SpamClassifier.decoded(fromJSON: json).options == options)
    }
}
