import Foundation
import ModerationKit
import ModerationKitTesting
import ShoutingRule
import Testing

@Suite("ShoutingDetector options")
struct ShoutingDetectorOptionsTests {
    @Test func capitalShare() async throws {
        // 24 capitals in 30 cased letters: 80%.
        let body = "DIT IS ECHT ONACCEPTABEL WAT gedrag"
        var options = ShoutingDetector.Options()
        #expect(try await ShoutingDetector(options: options).findings(for: body).map(\.reason) == ["80% of the letters are capitals"])
        options.capitalShare = 0.9
        #expect(try await ShoutingDetector(options: options).findings(for: body).isEmpty)
        options.capitalShare = 0.8
        #expect(try await ShoutingDetector(options: options).findings(for: body).count == 1)
    }

    @Test func minimumLetters() async throws {
        let body = "HALLO DAAR"  // 9 letters
        var options = ShoutingDetector.Options()
        #expect(try await ShoutingDetector(options: options).findings(for: body).isEmpty)
        options.minimumLetters = 9
        #expect(try await ShoutingDetector(options: options).findings(for: body).count == 1)
        options.minimumLetters = 0
        #expect(try await ShoutingDetector(options: options).findings(for: "OK").count == 1)
        #expect(try await ShoutingDetector(options: options).findings(for: "123 ...").isEmpty)
    }

    @Test func exclamationRun() async throws {
        var options = ShoutingDetector.Options()
        #expect(try await ShoutingDetector(options: options).findings(for: "Echt waar!!").isEmpty)
        options.exclamationRun = 2
        #expect(try await ShoutingDetector(options: options).findings(for: "Echt waar!!").map(\.reason) == ["a run of 2 exclamation marks"])
        options.exclamationRun = 5
        #expect(try await ShoutingDetector(options: options).findings(for: "Echt waar!!!!").isEmpty)
    }

    @Test func score() async throws {
        var options = ShoutingDetector.Options()
        options.score = 2.5
        let findings = try await ShoutingDetector(options: options).findings(for: "JA, MAAR DIE MAP IS NIET NIEUW MEER!!!")
        #expect(findings.map(\.score) == [2.5])
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try ShoutingDetector.decoded(fromJSON: "{}").options == ShoutingDetector.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try ShoutingDetector.decoded(fromJSON: #"{"capitalShare": 0.8, "exclamationRun": 4}"#).options
        var expected = ShoutingDetector.Options()
        expected.capitalShare = 0.8
        expected.exclamationRun = 4
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let options = try ShoutingDetector.decoded(
            fromJSON: #"{"capitalShare": 1, "minimumLetters": 20, "exclamationRun": 2, "score": 7.5}"#
        ).options
        #expect(options.capitalShare == 1)
        #expect(options.minimumLetters == 20)
        #expect(options.exclamationRun == 2)
        #expect(options.score == 7.5)
    }

    @Test(arguments: [
        (#"{"capitalShare": "veel"}"#, "capitalShare"),
        (#"{"minimumLetters": "twaalf"}"#, "minimumLetters"),
        (#"{"exclamationRun": 2.5}"#, "exclamationRun"),
        (#"{"score": true}"#, "score"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try ShoutingDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"capitalShare": 0}"#, "capitalShare"),
        (#"{"capitalShare": 1.5}"#, "capitalShare"),
        (#"{"minimumLetters": -1}"#, "minimumLetters"),
        (#"{"exclamationRun": 1}"#, "exclamationRun"),
        (#"{"score": -5}"#, "score"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try ShoutingDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func optionsRoundTrip() throws {
        var options = ShoutingDetector.Options()
        options.capitalShare = 0.85
        options.minimumLetters = 30
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try ShoutingDetector.decoded(fromJSON: json).options == options)
    }
}
