import FloodRule
import Foundation
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("FloodGuard options decoding")
struct FloodGuardOptionsDecodingTests {
    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try FloodGuard.decoded(fromJSON: "{}").options == FloodGuard.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try FloodGuard.decoded(fromJSON: #"{"holdLimit": 3, "rejectWindow": "2h"}"#).options
        var expected = FloodGuard.Options()
        expected.holdLimit = 3
        expected.rejectWindow = .seconds(7_200)
        #expect(options == expected)
    }

    @Test func everyKeyDecodes() throws {
        let json = #"""
            {"holdLimit": 2, "holdWindow": "90s", "holdScore": 4, "rejectLimit": 9, "rejectWindow": "1d", "rejectScore": 12,
             "countBy": ["authorName"], "ipv4PrefixLength": 32, "ipv6PrefixLength": 128}
            """#
        let options = try FloodGuard.decoded(fromJSON: json).options
        #expect(options.holdLimit == 2)
        #expect(options.holdWindow == .seconds(90))
        #expect(options.holdScore == 4)
        #expect(options.rejectLimit == 9)
        #expect(options.rejectWindow == .seconds(86_400))
        #expect(options.rejectScore == 12)
        #expect(options.countBy == [.authorName])
        #expect(options.ipv4PrefixLength == 32)
        #expect(options.ipv6PrefixLength == 128)
    }

    @Test(arguments: [("600", 600), (#""10m""#, 600), (#"" 2H ""#, 7_200), (#""45s""#, 45), (#""3d""#, 259_200)])
    func windowsAreTextOrSeconds(json: String, seconds: Int64) throws {
        #expect(try FloodGuard.decoded(fromJSON: #"{"holdWindow": \#(json)}"#).options.holdWindow == .seconds(seconds))
    }

    @Test(arguments: [
        (#"{"holdLimit": "vijf"}"#, "holdLimit"),
        (#"{"holdLimit": 2.5}"#, "holdLimit"),
        (#"{"holdWindow": true}"#, "holdWindow"),
        (#"{"holdWindow": "tien minuten"}"#, "holdWindow"),
        (#"{"holdWindow": "10x"}"#, "holdWindow"),
        (#"{"holdWindow": 1.5}"#, "holdWindow"),
        (#"{"holdScore": "hoog"}"#, "holdScore"),
        (#"{"rejectLimit": []}"#, "rejectLimit"),
        (#"{"rejectWindow": {}}"#, "rejectWindow"),
        (#"{"rejectScore": "10"}"#, "rejectScore"),
        (#"{"countBy": "authorEmail"}"#, "countBy"),
        (#"{"countBy": ["email"]}"#, "countBy"),
        (#"{"ipv4PrefixLength": "24"}"#, "ipv4PrefixLength"),
        (#"{"ipv6PrefixLength": 48.5}"#, "ipv6PrefixLength"),
    ])
    func wrongTypeThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try FloodGuard.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames.first == key)
    }

    @Test(arguments: [
        (#"{"holdLimit": 0}"#, "holdLimit"),
        (#"{"holdWindow": "0m"}"#, "holdWindow"),
        (#"{"holdWindow": "31d"}"#, "holdWindow"),
        (#"{"holdWindow": -60}"#, "holdWindow"),
        (#"{"holdScore": 0}"#, "holdScore"),
        (#"{"rejectLimit": -3}"#, "rejectLimit"),
        (#"{"rejectWindow": 0}"#, "rejectWindow"),
        (#"{"rejectScore": -1}"#, "rejectScore"),
        (#"{"ipv4PrefixLength": 16}"#, "ipv4PrefixLength"),
        (#"{"ipv6PrefixLength": 64}"#, "ipv6PrefixLength"),
    ])
    func outOfRangeValueThrowsNamingTheKey(json: String, key: String) {
        let error = #expect(throws: DecodingError.self) { try FloodGuard.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == [key])
    }

    @Test func everyOptionIsEncodedAndWindowsAsText() throws {
        // Stempel rejects unknown option keys by comparing with the keys the options encode.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(FloodGuard.Options())) as? [String: Any]
        #expect(
            Set(json?.keys.map { $0 } ?? []) == [
                "holdLimit", "holdWindow", "holdScore", "rejectLimit", "rejectWindow", "rejectScore", "countBy", "ipv4PrefixLength",
                "ipv6PrefixLength",
            ])
        #expect(json?["holdWindow"] as? String == "10m")
        #expect(json?["rejectWindow"] as? String == "1h")
    }

    @Test func optionsRoundTrip() throws {
        var options = FloodGuard.Options()
        options.holdWindow = .seconds(90)
        options.rejectWindow = .seconds(2 * 86_400)
        options.countBy = [.authorName, .clientNetwork]
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try FloodGuard.decoded(fromJSON: json).options == options)
    }
}
