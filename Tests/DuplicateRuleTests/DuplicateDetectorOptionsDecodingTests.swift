import DuplicateRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("DuplicateDetector options decoding")
struct DuplicateDetectorOptionsDecodingTests {
    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try DuplicateDetector.decoded(fromJSON: "{}").options == DuplicateDetector.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try DuplicateDetector.decoded(fromJSON: #"{"similarity": 0.9, "crossColumnWindow": "3h"}"#).options
        var expected = DuplicateDetector.Options()
        expected.similarity = 0.9
        expected.crossColumnWindow = .seconds(3 * 3_600)
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let json = #"""
            {"similarity": 1, "minimumWords": 6, "window": "2d", "crossColumnWindow": 0, "maximumCompared": 1000, "score": 7.5,
             "earlierCopyScore": 0, "earlierCopyMinimumWords": 30}
            """#
        let options = try DuplicateDetector.decoded(fromJSON: json).options
        #expect(options.similarity == 1)
        #expect(options.minimumWords == 6)
        #expect(options.window == .seconds(2 * 86_400))
        #expect(options.crossColumnWindow == .zero)
        #expect(options.maximumCompared == 1000)
        #expect(options.score == 7.5)
        #expect(options.earlierCopyScore == 0)
        #expect(options.earlierCopyMinimumWords == 30)
    }

    @Test(arguments: [
        (#"{"similarity": "hoog"}"#, "similarity"),
        (#"{"minimumWords": 3.5}"#, "minimumWords"),
        (#"{"window": "een dag"}"#, "window"),
        (#"{"window": true}"#, "window"),
        (#"{"crossColumnWindow": [1]}"#, "crossColumnWindow"),
        (#"{"maximumCompared": "50"}"#, "maximumCompared"),
        (#"{"score": null, "earlierCopyScore": "2"}"#, "earlierCopyScore"),
        (#"{"earlierCopyMinimumWords": false}"#, "earlierCopyMinimumWords"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try DuplicateDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"similarity": 0}"#, "similarity"),
        (#"{"similarity": 1.2}"#, "similarity"),
        (#"{"minimumWords": 0}"#, "minimumWords"),
        (#"{"window": "31d"}"#, "window"),
        (#"{"crossColumnWindow": -1}"#, "crossColumnWindow"),
        (#"{"maximumCompared": 0}"#, "maximumCompared"),
        (#"{"maximumCompared": 5000}"#, "maximumCompared"),
        (#"{"score": 0}"#, "score"),
        (#"{"earlierCopyScore": -2}"#, "earlierCopyScore"),
        (#"{"earlierCopyMinimumWords": 0}"#, "earlierCopyMinimumWords"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try DuplicateDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncodedAndWindowsAsText() throws {
        // Stempel rejects unknown option keys by comparing with the keys the options encode.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(DuplicateDetector.Options())) as? [String: Any]
        #expect(
            Set(json?.keys.map { $0 } ?? []) == [
                "similarity", "minimumWords", "window", "crossColumnWindow", "maximumCompared", "score", "earlierCopyScore",
                "earlierCopyMinimumWords",
            ])
        #expect(json?["window"] as? String == "24h")
        #expect(json?["crossColumnWindow"] as? String == "1h")
    }

    @Test func optionsRoundTrip() throws {
        var options = DuplicateDetector.Options()
        options.window = .seconds(90 * 60)
        options.crossColumnWindow = .zero
        options.similarity = 0.75
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try DuplicateDetector.decoded(fromJSON: json).options == options)
    }
}
