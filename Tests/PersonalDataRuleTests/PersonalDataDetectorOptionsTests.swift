import Foundation
import ModerationKit
import ModerationKitTesting
import PersonalDataRule
import Testing

@Suite("PersonalDataDetector options")
struct PersonalDataDetectorOptionsTests {
    let everything = "Bel 06-12345678, mail piet@example.com, stort op NL91ABNA0417164300, Dorpsstraat 12, 1234 AB."

    func reasons(_ options: PersonalDataDetector.Options) async throws -> [String] {
        try await PersonalDataDetector(options: options).findings(for: everything).map(\.reason)
    }

    @Test func eachKindCanBeSwitchedOff() async throws {
        var options = PersonalDataDetector.Options()
        options.phoneNumbers = false
        #expect(try await reasons(options).count == 3)
        options.emailAddresses = false
        #expect(try await reasons(options).count == 2)
        options.ibans = false
        #expect(try await reasons(options) == ["contains a postal address (postcode 12…)"])
        options.postalAddresses = false
        #expect(try await reasons(options).isEmpty)
    }

    @Test func ibanDigitsAreNoPhoneNumberEvenWhenIBANsAreOff() async throws {
        var options = PersonalDataDetector.Options()
        options.ibans = false
        #expect(try await PersonalDataDetector(options: options).findings(for: "Rekening NL91 ABNA 0417 1643 00").isEmpty)
    }

    @Test func scoreAndForceHold() async throws {
        var options = PersonalDataDetector.Options()
        options.score = 2
        options.forceHold = false
        let findings = try await PersonalDataDetector(options: options).findings(for: "Bel 06-12345678")
        #expect(findings == [Finding(score: 2, reason: "contains a phone number (06-…78)")])
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try PersonalDataDetector.decoded(fromJSON: "{}").options == PersonalDataDetector.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try PersonalDataDetector.decoded(fromJSON: #"{"emailAddresses": false, "score": 3}"#).options
        var expected = PersonalDataDetector.Options()
        expected.emailAddresses = false
        expected.score = 3
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let json = #"{"phoneNumbers": false, "emailAddresses": false, "ibans": false, "postalAddresses": false, "score": 0, "forceHold": false}"#
        let options = try PersonalDataDetector.decoded(fromJSON: json).options
        #expect(!options.phoneNumbers && !options.emailAddresses && !options.ibans && !options.postalAddresses && !options.forceHold)
        #expect(options.score == 0)
    }

    @Test(arguments: [
        (#"{"phoneNumbers": "ja"}"#, "phoneNumbers"),
        (#"{"emailAddresses": 1}"#, "emailAddresses"),
        (#"{"ibans": "false"}"#, "ibans"),
        (#"{"postalAddresses": []}"#, "postalAddresses"),
        (#"{"score": "vijf"}"#, "score"),
        (#"{"forceHold": "true"}"#, "forceHold"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try PersonalDataDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [(#"{"score": -1}"#, "score")])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try PersonalDataDetector.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncoded() throws {
        // Stempel rejects unknown option keys by comparing with the keys the options encode.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(PersonalDataDetector.Options())) as? [String: Any]
        #expect(Set(json?.keys.map { $0 } ?? []) == ["phoneNumbers", "emailAddresses", "ibans", "postalAddresses", "score", "forceHold"])
    }

    @Test func optionsRoundTrip() throws {
        var options = PersonalDataDetector.Options()
        options.ibans = false
        options.score = 4
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try PersonalDataDetector.decoded(fromJSON: json).options == options)
    }
}
