import Foundation
import LanguageRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("LanguageDetector options")
struct LanguageDetectorOptionsTests {
    let german = "Das ist wirklich ein schöner Artikel, vielen Dank dafür!"

    @Test func accepted() async throws {
        var options = LanguageDetector.Options()
        options.accepted = ["nl", "en", "de"]
        #expect(try await LanguageDetector(options: options).findings(for: german).isEmpty)
        options.accepted = ["de"]
        let findings = try await LanguageDetector(options: options).findings(for: "Wat een herkenbaar verhaal, bij mijn bank ging het precies zo.")
        #expect(findings.map(\.reason) == ["written in Dutch (nl), not an accepted language (de)"])
    }

    @Test func acceptedScriptLanguage() async throws {
        var options = LanguageDetector.Options()
        let greek = "Πολύ ωραίο άρθρο, ευχαριστώ που το γράψατε."
        #expect(
            try await LanguageDetector(options: options).findings(for: greek).map(\.reason) == [
                "written in Greek (el), not an accepted language (nl, en)"
            ])
        options.accepted = ["nl", "el"]
        #expect(try await LanguageDetector(options: options).findings(for: greek).isEmpty)
    }

    @Test func minimumLetters() async throws {
        // "Danke schön, wirklich!" has 18 letters.
        let body = "Danke schön, wirklich!"
        var options = LanguageDetector.Options()
        #expect(try await LanguageDetector(options: options).findings(for: body).isEmpty)
        options.minimumLetters = 18
        options.minimumConfidence = 0
        #expect(
            try await LanguageDetector(options: options).findings(for: body).map(\.reason) == [
                "written in German (de), not an accepted language (nl, en)"
            ])
        options.minimumLetters = 100
        #expect(try await LanguageDetector(options: options).findings(for: german).isEmpty)
    }

    @Test func minimumConfidence() async throws {
        let rule = LanguageDetector(options: .init())
        let confidence = try #require(rule.identify(german)?.confidence)
        var options = LanguageDetector.Options()
        options.minimumConfidence = confidence
        #expect(try await LanguageDetector(options: options).findings(for: german).count == 1)
        options.minimumConfidence = min(0.999, confidence + 0.01)
        #expect(try await LanguageDetector(options: options).findings(for: german).isEmpty)
    }

    @Test func score() async throws {
        var options = LanguageDetector.Options()
        options.score = 2.5
        #expect(try await LanguageDetector(options: options).findings(for: german).map(\.score) == [2.5])
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try LanguageDetector.decoded(fromJSON: "{}").options == LanguageDetector.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try LanguageDetector.decoded(fromJSON: #"{"accepted": ["nl"], "score": 3}"#).options
        var expected = LanguageDetector.Options()
        expected.accepted = ["nl"]
        expected.score = 3
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let options = try LanguageDetector.decoded(
            fromJSON: #"{"accepted": ["de", "ja"], "minimumLetters": 0, "minimumConfidence": 0.5, "score": 7.5}"#
        ).options
        #expect(options.accepted == ["de", "ja"])
        #expect(options.minimumLetters == 0)
        #expect(options.minimumConfidence == 0.5)
        #expect(options.score == 7.5)
    }

    @Test(arguments: [
        (#"{"accepted": "nl"}"#, "accepted"),
        (#"{"accepted": [1]}"#, "accepted"),
        (#"{"minimumLetters": 2.5}"#, "minimumLetters"),
        (#"{"minimumConfidence": "hoog"}"#, "minimumConfidence"),
        (#"{"score": true}"#, "score"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try LanguageDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"accepted": []}"#, "accepted"),
        (#"{"accepted": ["nl", "NL"]}"#, "accepted"),
        (#"{"accepted": ["dutch"]}"#, "accepted"),
        (#"{"accepted": ["sv"]}"#, "accepted"),
        (#"{"minimumLetters": -1}"#, "minimumLetters"),
        (#"{"minimumConfidence": -0.1}"#, "minimumConfidence"),
        (#"{"minimumConfidence": 1}"#, "minimumConfidence"),
        (#"{"score": -5}"#, "score"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try LanguageDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncoded() throws {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(LanguageDetector.Options()))
        let keys = try #require(object as? [String: Any]).keys
        #expect(Set(keys) == ["accepted", "minimumLetters", "minimumConfidence", "score"])
    }

    @Test func optionsRoundTrip() throws {
        var options = LanguageDetector.Options()
        options.accepted = ["nl", "de", "tr"]
        options.minimumLetters = 40
        options.minimumConfidence = 0.35
        options.score = 4
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try LanguageDetector.decoded(fromJSON: json).options == options)
    }
}
