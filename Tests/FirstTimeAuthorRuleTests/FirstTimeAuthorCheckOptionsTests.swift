import FirstTimeAuthorRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("FirstTimeAuthorCheck options")
struct FirstTimeAuthorCheckOptionsTests {
    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try FirstTimeAuthorCheck.decoded(fromJSON: "{}").options == FirstTimeAuthorCheck.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try FirstTimeAuthorCheck.decoded(fromJSON: #"{"trustedAfter": 5}"#).options
        var expected = FirstTimeAuthorCheck.Options()
        expected.trustedAfter = 5
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let options = try FirstTimeAuthorCheck.decoded(fromJSON: #"{"minimumApproved": 2, "trustedAfter": 8, "trustedScore": -1.5}"#).options
        #expect(options.minimumApproved == 2)
        #expect(options.trustedAfter == 8)
        #expect(options.trustedScore == -1.5)
    }

    @Test(arguments: [
        (#"{"minimumApproved": "een"}"#, "minimumApproved"),
        (#"{"minimumApproved": 1.5}"#, "minimumApproved"),
        (#"{"trustedAfter": true}"#, "trustedAfter"),
        (#"{"trustedScore": "laag"}"#, "trustedScore"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try FirstTimeAuthorCheck.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test(arguments: [
        (#"{"minimumApproved": -1}"#, "minimumApproved"),
        (#"{"trustedAfter": 0}"#, "trustedAfter"),
        (#"{"trustedScore": 2}"#, "trustedScore"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try FirstTimeAuthorCheck.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncoded() throws {
        // Stempel rejects unknown option keys by comparing with the keys the options encode.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(FirstTimeAuthorCheck.Options())) as? [String: Any]
        #expect(Set(json?.keys.map { $0 } ?? []) == ["minimumApproved", "trustedAfter", "trustedScore"])
    }

    @Test func optionsRoundTrip() throws {
        var options = FirstTimeAuthorCheck.Options()
        options.minimumApproved = 3
        options.trustedScore = -1
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try FirstTimeAuthorCheck.decoded(fromJSON: json).options == options)
    }
}
