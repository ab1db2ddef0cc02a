import Foundation
import Testing

@Suite struct CheckCommandTests {
    private func verdict(_ body: String, _ extra: [String] = []) throws -> [String: Any] {
        let result = try StempelProcess.run(["check", "--json", "--database", "/nonexistent/stempel.sqlite"] + extra, input: body)
        #expect(result.status == 0, "stderr: \(result.errors)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] ?? [:]
    }

    @Test func friendlyCommentIsApproved() throws {
        let json = try verdict("Wat een mooi verhaal, herkenbaar!")
        #expect(json["status"] as? String == "approved")
        #expect((json["findings"] as? [Any])?.isEmpty == true)
        let rules = (json["runs"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(rules.starts(with: ["shouting", "link-limit"]))
    }

    @Test func shoutingIsHeldWithItsFinding() throws {
        let json = try verdict("JA, MAAR DIE MAP IS NIET NIEUW MEER!")
        #expect(json["status"] as? String == "held")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "shouting")
        #expect((findings.first?["reason"] as? String)?.isEmpty == false)
    }

    @Test func textOutputListsFindings() throws {
        let result = try StempelProcess.run(["check", "--database", "/nonexistent/x.sqlite"], input: "JA, MAAR DIE MAP IS NIET NIEUW MEER!")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("held (score "))
        #expect(result.output.contains("shouting:"))
    }

    @Test func configurationChangesTheVerdict() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let config = directory.appendingPathComponent("stempel.yaml")
        try "rules:\n  shouting:\n    enabled: false\n".write(to: config, atomically: true, encoding: .utf8)
        let json = try verdict("JA, MAAR DIE MAP IS NIET NIEUW MEER!", ["--config", config.path])
        #expect(json["status"] as? String == "approved")
    }

    @Test func badConfigurationNamesFileAndKey() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let config = directory.appendingPathComponent("stempel.yaml")
        try "rules:\n  shouting:\n    weight: veel\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try StempelProcess.run(["check", "--config", config.path], input: "Hallo")
        #expect(result.status != 0)
        #expect(result.errors.contains("stempel.yaml"))
        #expect(result.errors.contains("rules.shouting.weight"))
    }

    @Test func emptyInputIsAnError() throws {
        let result = try StempelProcess.run(["check"], input: "  \n")
        #expect(result.status != 0)
        #expect(result.errors.contains("standard input is empty"))
    }

    @Test func environmentOverridesTheFileAndNamesBadValues() throws {
        var result = try StempelProcess.run(
            ["check", "--json", "--database", "/nonexistent/x.sqlite"],
            input: "JA, MAAR DIE MAP IS NIET NIEUW MEER!",
            environment: ["STEMPEL_POLICY_HOLD_AT": "6"]
        )
        #expect(result.output.contains(#""status":"approved""#), "\(result.errors)")
        result = try StempelProcess.run(["check"], input: "Hallo", environment: ["STEMPEL_POLICY_HOLD_AT": "veel"])
        #expect(result.status != 0)
        #expect(result.errors.contains("STEMPEL_POLICY_HOLD_AT: expected a number"))
    }

    @Test func explainListsEveryRuleWithItsTime() throws {
        let result = try StempelProcess.run(["check", "--explain", "--database", "/nonexistent/x.sqlite"], input: "Mooi verhaal")
        #expect(result.output.hasPrefix("approved (score 0)"))
        #expect(result.output.contains("  shouting ("))
        #expect(result.output.contains(" ms)"))
        #expect(result.output.contains("    no findings"))
    }
}
