import Foundation
import ModerationKit
import Testing

@Suite struct TimeWindowTests {
    private func decode(_ json: String) throws -> TimeWindow {
        try JSONDecoder().decode([TimeWindow].self, from: Data("[\(json)]".utf8))[0]
    }

    @Test(arguments: [(#""90s""#, 90), (#""10m""#, 600), (#""1h""#, 3_600), (#""2d""#, 172_800), ("45", 45), (#"" 24 H ""#, 86_400)])
    func readsWhatSitesWrite(json: String, seconds: Int64) throws {
        #expect(try decode(json).duration == .seconds(seconds))
    }

    @Test(arguments: [#""10 minutes""#, #""-5m""#, "-1", "1.5", #""h""#, "true"])
    func refusesWhatIsNotAWindow(json: String) {
        #expect(throws: DecodingError.self) { try decode(json) }
    }

    @Test func writesAndSaysItPlainly() throws {
        #expect(TimeWindow(.seconds(600)).text == "10m")
        #expect(TimeWindow(.seconds(86_400)).text == "24h")
        #expect(TimeWindow(.seconds(90)).text == "90s")
        #expect(TimeWindow(.seconds(600)).words == "10 minutes")
        #expect(TimeWindow(.seconds(3_600)).words == "hour")
        let encoded = try JSONEncoder().encode([TimeWindow(.seconds(7_200))])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["2h"]"#)
    }
}
